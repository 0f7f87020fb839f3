import PDFDocument from 'pdfkit';
import type { Bilingual } from '../fees/fee-schedule.js';
import { taipeiDateTime } from '../payments/ecpay.js';
import { fontBytes } from './fonts.js';
import type { ReceiptLine, ReceiptModel, SummaryModel } from './receipt-content.js';

/**
 * Sets receipts and application summaries in type (A4, both languages, Chinese text in an embedded
 * and subset Noto Sans TC). Tagged PDF with a title and a language, so screen readers follow it.
 */

const BRAND = 'goldcard 就業金卡資料異動 · Gold Card data amendment';
const MARGIN = 56;
const INK = '#1b1b1b';
const MUTED = '#454545';
const LINE = '#9aa1a9';

const money = (amount: number) => `NT$${amount.toLocaleString('en')}`;
const taipei = (at: Date) => `${taipeiDateTime(at).slice(0, 16)}（臺灣時間 Taiwan time）`;
const both = (b: Bilingual) => `${b.zhTw} ${b.en}`;

type Doc = PDFKit.PDFDocument;
type Column = { header: Bilingual; width: number; align?: 'left' | 'right' };

class Sheet {
  readonly doc: Doc;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  private readonly root: PDFKit.PDFStructureElement;

  constructor(title: string, subject: string, createdAt: Date) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      tagged: true,
      lang: 'zh-Hant-TW',
      displayTitle: true,
      pdfVersion: '1.7',
      info: {
        Title: title,
        Subject: subject,
        Author: 'goldcard',
        Creator: 'goldcard',
        CreationDate: createdAt,
        ModDate: createdAt,
      },
    });
    this.doc.registerFont('regular', fontBytes('regular'));
    this.doc.registerFont('bold', fontBytes('bold'));
    this.doc.font('regular').fillColor(INK);
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
  }

  private get width() {
    return this.doc.page.width - 2 * MARGIN;
  }

  private ensureRoom(height: number) {
    if (this.doc.y + height > this.doc.page.height - MARGIN) {
      this.doc.addPage();
      this.doc.y = MARGIN;
    }
  }

  private add(tag: string, draw: () => void) {
    this.root.add(this.doc.struct(tag, {}, draw));
  }

  brand() {
    this.add('P', () => {
      this.doc.font('regular').fontSize(9).fillColor(MUTED).text(BRAND, MARGIN, MARGIN);
    });
    this.doc.fillColor(INK).moveDown(0.6);
  }

  title(text: Bilingual) {
    this.add('H1', () => {
      this.doc.font('bold').fontSize(20).text(text.zhTw, MARGIN, this.doc.y);
      this.doc.font('regular').fontSize(12).fillColor(MUTED).text(text.en);
    });
    this.doc.fillColor(INK).moveDown(0.5);
    this.rule();
  }

  heading(text: Bilingual) {
    this.ensureRoom(40);
    this.doc.moveDown(0.6);
    this.add('H2', () => {
      this.doc.font('bold').fontSize(12.5).text(both(text), MARGIN, this.doc.y);
    });
    this.doc.moveDown(0.3);
  }

  rule() {
    const y = this.doc.y + 4;
    this.doc.markContent('Artifact', { type: 'Layout' });
    this.doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + this.width, y)
      .lineWidth(0.6)
      .strokeColor(LINE)
      .stroke();
    this.doc.endMarkedContent();
    this.doc.y = y + 8;
  }

  /** Label (both languages) and value, side by side. */
  field(label: Bilingual, value: string, options: { bold?: boolean } = {}) {
    const labelWidth = 190;
    const valueWidth = this.width - labelWidth - 10;
    const labelText = both(label);
    this.doc.fontSize(10);
    const height = Math.max(
      this.doc.font('regular').heightOfString(labelText, { width: labelWidth }),
      this.doc.font(options.bold ? 'bold' : 'regular').heightOfString(value, { width: valueWidth }),
    );
    this.ensureRoom(height + 6);
    const y = this.doc.y;
    this.add('P', () => {
      this.doc.font('regular').fillColor(MUTED).text(labelText, MARGIN, y, { width: labelWidth });
      this.doc
        .font(options.bold ? 'bold' : 'regular')
        .fillColor(INK)
        .text(value, MARGIN + labelWidth + 10, y, { width: valueWidth });
    });
    this.doc.x = MARGIN;
    this.doc.y = y + height + 5;
  }

  paragraph(text: string, size = 10, color = INK) {
    this.ensureRoom(30);
    this.add('P', () => {
      this.doc
        .font('regular')
        .fontSize(size)
        .fillColor(color)
        .text(text, MARGIN, this.doc.y, { width: this.width });
    });
    this.doc.fillColor(INK).moveDown(0.4);
  }

  table(columns: Column[], rows: string[][]) {
    const gap = 8;
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map(
      (c) => ((this.width - gap * (columns.length - 1)) * c.width) / total,
    );
    const xs = widths.map(
      (_, i) => MARGIN + widths.slice(0, i).reduce((s, w) => s + w, 0) + gap * i,
    );
    const row = (cells: string[], header: boolean) => {
      this.doc.font(header ? 'bold' : 'regular').fontSize(9.5);
      const height = Math.max(
        ...cells.map((cell, i) => this.doc.heightOfString(cell, { width: widths[i] })),
      );
      this.ensureRoom(height + 8);
      const y = this.doc.y;
      return {
        height,
        y,
        cells: cells.map((cell, i) =>
          this.doc.struct(header ? 'TH' : 'TD', {}, () => {
            this.doc
              .font(header ? 'bold' : 'regular')
              .fontSize(9.5)
              .fillColor(header ? MUTED : INK)
              .text(cell, xs[i], y, { width: widths[i], align: columns[i]!.align ?? 'left' });
          }),
        ),
      };
    };
    const table = this.doc.struct('Table');
    this.root.add(table);
    for (const [index, cells] of [columns.map((c) => both(c.header)), ...rows].entries()) {
      const drawn = row(cells, index === 0);
      table.add(this.doc.struct('TR', {}, drawn.cells));
      this.doc.x = MARGIN;
      this.doc.y = drawn.y + drawn.height + 3;
      if (index === 0) this.rule();
      else this.doc.y += 3;
    }
    table.end();
  }

  feeLines(lines: ReceiptLine[]) {
    this.table(
      [
        { header: { zhTw: '項目', en: 'Item' }, width: 2.2 },
        { header: { zhTw: '適用規定', en: 'Rule applied' }, width: 5 },
        { header: { zhTw: '金額', en: 'Amount' }, width: 1.4, align: 'right' },
      ],
      lines.map((line) => [
        `${line.item.zhTw}\n${line.item.en}`,
        `${line.rule}\n${line.ruleText.zhTw}\n${line.ruleText.en}`,
        money(line.amount),
      ]),
    );
  }

  finish(): Promise<Buffer> {
    this.root.end();
    this.doc.end();
    return this.done;
  }
}

/** The electronic receipt of a paid or exempt fee. */
export function renderReceipt(receipt: ReceiptModel): Promise<Buffer> {
  const exempt = receipt.kind === 'EXEMPT';
  const title: Bilingual = exempt
    ? { zhTw: '電子收據（免徵規費）', en: 'Electronic receipt — fee exempt' }
    : { zhTw: '電子收據', en: 'Electronic receipt' };
  const sheet = new Sheet(
    `${title.zhTw} ${title.en} ${receipt.receiptNumber}`,
    `${receipt.applicationNumber}`,
    receipt.issuedAt,
  );
  sheet.brand();
  sheet.title(title);
  sheet.field({ zhTw: '收據號碼', en: 'Receipt number' }, receipt.receiptNumber, { bold: true });
  sheet.field({ zhTw: '開立日期', en: 'Date of issue' }, taipei(receipt.issuedAt));
  sheet.field(
    { zhTw: '開立機關', en: 'Issued by' },
    `${receipt.issuer.zhTw}\n${receipt.issuer.en}`,
  );
  sheet.field({ zhTw: '申請案號', en: 'Application number' }, receipt.applicationNumber, {
    bold: true,
  });
  sheet.field({ zhTw: '持卡人英文姓名', en: 'Holder (Latin)' }, receipt.holder.latinName);
  sheet.field(
    { zhTw: '持卡人中文姓名', en: 'Holder (Chinese)' },
    receipt.holder.chineseName ?? '—',
  );
  sheet.field(
    { zhTw: '統一證號（申請時）', en: 'UI number (when filed)' },
    receipt.holder.uiNumber,
  );

  sheet.heading({ zhTw: '規費明細', en: 'Fee details' });
  sheet.feeLines(receipt.lines);
  sheet.field({ zhTw: '合計', en: 'Total' }, money(receipt.amount), { bold: true });

  if (receipt.payment) {
    sheet.heading({ zhTw: '繳費資訊', en: 'Payment' });
    sheet.field({ zhTw: '繳費時間', en: 'Paid at' }, taipei(receipt.payment.paidAt));
    sheet.field({ zhTw: '繳費方式', en: 'Method' }, both(receipt.payment.method));
    sheet.field({ zhTw: '交易編號', en: 'Order number' }, receipt.payment.merchantTradeNo);
    if (receipt.payment.providerTradeNo) {
      sheet.field(
        { zhTw: '金流交易序號', en: 'Gateway trade number' },
        receipt.payment.providerTradeNo,
      );
    }
  } else {
    sheet.heading({ zhTw: '免徵規費', en: 'Exempt' });
    sheet.paragraph('本案依上列規定免徵規費，金額為新臺幣 0 元。');
    sheet.paragraph(
      'No fee is due for this application under the rules above: the amount is NT$0.',
    );
  }
  sheet.rule();
  sheet.paragraph(
    `本收據由系統電子開立，無須簽章。規費表版本 ${receipt.scheduleVersion}。`,
    8.5,
    MUTED,
  );
  sheet.paragraph(
    `Issued electronically; no signature is needed. Fee schedule version ${receipt.scheduleVersion}.`,
    8.5,
    MUTED,
  );
  return sheet.finish();
}

/** What the case asks, its documents and its fee: available once submitted. */
export function renderSummary(summary: SummaryModel): Promise<Buffer> {
  const title: Bilingual = { zhTw: '申請書摘要', en: 'Application summary' };
  const sheet = new Sheet(
    `${title.zhTw} ${title.en} ${summary.applicationNumber}`,
    summary.applicationNumber,
    summary.generatedAt,
  );
  sheet.brand();
  sheet.title(title);
  sheet.field({ zhTw: '申請案號', en: 'Application number' }, summary.applicationNumber, {
    bold: true,
  });
  sheet.field({ zhTw: '案件狀態', en: 'Status' }, both(summary.status));
  sheet.field({ zhTw: '送出時間', en: 'Submitted' }, taipei(summary.submittedAt));
  sheet.field(
    { zhTw: '申請人', en: 'Filed by' },
    [summary.filedBy.displayName, summary.filedBy.organisationName, both(summary.filedBy.role)]
      .filter(Boolean)
      .join('\n'),
  );
  sheet.field({ zhTw: '持卡人英文姓名', en: 'Holder (Latin)' }, summary.holder.latinName);
  sheet.field(
    { zhTw: '持卡人中文姓名', en: 'Holder (Chinese)' },
    summary.holder.chineseName ?? '—',
  );
  sheet.field({ zhTw: '統一證號', en: 'UI number' }, summary.holder.uiNumber);

  sheet.heading({ zhTw: '申請異動項目', en: 'What changes' });
  sheet.paragraph(summary.items.map((item) => `• ${both(item)}`).join('\n'));

  if (summary.changes.length) {
    sheet.heading({ zhTw: '異動內容', en: 'Changes asked for' });
    sheet.table(
      [
        { header: { zhTw: '欄位', en: 'Field' }, width: 2 },
        { header: { zhTw: '原登記', en: 'Registered' }, width: 3.5 },
        { header: { zhTw: '申請變更為', en: 'Asked for' }, width: 3.5 },
      ],
      summary.changes.map((c) => [both(c.field), c.before, c.after]),
    );
  }

  sheet.heading({ zhTw: '上傳文件', en: 'Documents' });
  if (summary.documents.length) {
    sheet.table(
      [
        { header: { zhTw: '文件', en: 'Document' }, width: 3 },
        { header: { zhTw: '檔名', en: 'File' }, width: 3 },
        { header: { zhTw: '大小', en: 'Size' }, width: 1.2, align: 'right' },
        { header: { zhTw: '上傳時間', en: 'Uploaded' }, width: 2 },
      ],
      summary.documents.map((d) => [
        both(d.type),
        `${d.name}\nSHA-256 ${d.sha256.slice(0, 16)}…`,
        `${Math.max(1, Math.round(d.size / 1024)).toLocaleString('en')} KB`,
        taipeiDateTime(d.uploadedAt).slice(0, 16),
      ]),
    );
  } else {
    sheet.paragraph('無 None');
  }

  sheet.heading({ zhTw: '規費', en: 'Fee' });
  sheet.feeLines(summary.fee.lines);
  sheet.field({ zhTw: '合計', en: 'Total' }, money(summary.fee.amount), { bold: true });
  sheet.field({ zhTw: '繳費狀態', en: 'Fee status' }, both(summary.fee.status));
  sheet.rule();
  sheet.paragraph(`產製時間 Generated ${taipei(summary.generatedAt)}`, 8.5, MUTED);
  return sheet.finish();
}
