import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { Amendment, AmendmentDocument } from '../amendments/amendment.entity.js';
import { AmendmentItem } from '../amendments/amendment-items.js';
import { AmendmentStatus } from '../amendments/amendment-status.js';
import type { AmendmentValues } from '../amendments/amendment-values.js';
import { computeFee } from '../fees/fee.js';
import { Payment, PaymentMethod, PaymentStatus } from '../payments/payment.entity.js';
import { Role } from '../../shared/actor.js';
import { receiptKindOf, receiptModel, summaryModel } from './receipt-content.js';
import { renderReceipt, renderSummary } from './receipt-pdf.js';

/** The text of every page, joined (what a reader or a search would see). */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text;
}

const values: AmendmentValues = {
  englishSurname: 'SMITH',
  englishGivenName: 'JOHN',
  chineseName: '史密斯',
  sex: 'MALE',
  passport: {
    number: '561234567',
    issuingCountryCode: 'US',
    issueDate: '2020-06-01',
    expiryDate: '2030-05-31',
  },
  residence: {
    postalCode: '106',
    city: '臺北市',
    district: '大安區',
    line: '忠孝東路四段100號5樓',
  },
  collectionPlaceCode: null,
  email: 'john@example.test',
  mobile: '0912345678',
};

function approvedCase(items: AmendmentItem[], requested: Partial<AmendmentValues> = {}) {
  return Object.assign(new Amendment(), {
    applicationNumber: 'GC2026-0000042',
    status: AmendmentStatus.APPROVED,
    items,
    current: values,
    requested: { ...values, ...requested },
    context: {
      uiNumber: 'A800000014',
      birthDate: '1985-04-12',
      nationalityCode: 'US',
      hongKongMacauResident: false,
      fieldOfExpertiseCode: null,
    },
    fee: computeFee({ items, hongKongMacauResident: false, on: '2026-11-28' }),
    submittedAt: new Date('2026-11-20T02:00:00Z'),
    decidedAt: new Date('2026-11-27T02:00:00Z'),
  });
}

describe('the receipt', () => {
  it('sets a paid fee in Chinese and English, with an embedded, subset CJK font', async () => {
    const amendment = approvedCase([AmendmentItem.NAME, AmendmentItem.RESIDENCE_ADDRESS], {
      chineseName: '施約翰',
      englishSurname: 'SHIH',
    });
    expect(receiptKindOf(amendment)).toBeNull(); // not paid yet
    amendment.feePaidAt = new Date('2026-11-28T06:30:00Z');
    const payment = Object.assign(new Payment(), {
      merchantTradeNo: 'GC261128143000ABCDEF',
      amount: 500,
      method: PaymentMethod.CREDIT_CARD,
      status: PaymentStatus.PAID,
      paidAt: amendment.feePaidAt,
      providerTradeNo: '2611281430123456',
    });
    const model = receiptModel(amendment, payment)!;
    const bytes = await renderReceipt(model);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Subset: two faces of a ~7 MB font cost a few tens of kilobytes.
    expect(bytes.length).toBeLessThan(120_000);
    const text = await pdfText(bytes);
    for (const expected of [
      'GC2026-0000042',
      'RGC2026-0000042',
      '施約翰',
      'SHIH, JOHN',
      '電子收據',
      '內政部移民署',
      'National Immigration Agency',
      'CARD_REISSUE',
      'EXEMPT_ADDRESS',
      'NT$500',
      '信用卡',
      '2026/11/28 14:30',
      'GC261128143000ABCDEF',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('marks an exempt fee as exempt and never speaks of a payment', async () => {
    const amendment = approvedCase([AmendmentItem.RESIDENCE_ADDRESS]);
    expect(receiptKindOf(amendment)).toBe('EXEMPT');
    const text = await pdfText(await renderReceipt(receiptModel(amendment, null)!));
    expect(text).toContain('GC2026-0000042');
    expect(text).toContain('史密斯');
    expect(text).toContain('免徵規費');
    expect(text).toContain('exempt');
    expect(text).toContain('NT$0');
    expect(text).not.toMatch(/paid|payment|已繳|繳費|繳納|付款/i);
  });

  it('does not exist for changes that print no card, nor before approval', () => {
    expect(receiptKindOf(approvedCase([AmendmentItem.EMAIL]))).toBeNull();
    const submitted = approvedCase([AmendmentItem.RESIDENCE_ADDRESS]);
    submitted.status = AmendmentStatus.UNDER_REVIEW;
    expect(receiptKindOf(submitted)).toBeNull();
  });
});

describe('the application summary', () => {
  it('lists what was asked, the documents and the fee', async () => {
    const amendment = approvedCase([AmendmentItem.NAME], { chineseName: '施約翰' });
    amendment.status = AmendmentStatus.SUBMITTED;
    const document = Object.assign(new AmendmentDocument(), {
      type: 'NAME_CHANGE_PROOF',
      originalName: '改名證明.pdf',
      size: 20_480,
      sha256: 'ab'.repeat(32),
      uploadedAt: new Date('2026-11-20T01:00:00Z'),
    });
    const model = summaryModel(
      amendment,
      { displayName: 'John Smith', role: Role.APPLICANT },
      [document],
      new Date('2026-11-21T00:00:00Z'),
    )!;
    const text = await pdfText(await renderSummary(model));
    for (const expected of [
      '申請書摘要',
      'GC2026-0000042',
      '史密斯',
      '施約翰',
      '姓名變更證明',
      '改名證明.pdf',
      'NT$500',
      'Unpaid',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
