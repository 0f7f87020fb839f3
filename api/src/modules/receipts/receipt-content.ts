import { Role } from '../../shared/actor.js';
import type { Amendment, AmendmentDocument } from '../amendments/amendment.entity.js';
import { feeOf } from '../amendments/amendment-fee.js';
import { DOCUMENT_LABELS, ITEM_LABELS } from '../amendments/amendment-labels.js';
import { type DocumentType } from '../amendments/amendment-items.js';
import { AmendmentStatus, STATUS_LABELS } from '../amendments/amendment-status.js';
import { type AmendmentValues, changedKeys } from '../amendments/amendment-values.js';
import { type Bilingual } from '../fees/fee-schedule.js';
import { lineReason } from '../fees/fee.js';
import type { Payment } from '../payments/payment.entity.js';
import { PAYMENT_METHOD_LABELS } from '../payments/payment-labels.js';

/**
 * What the receipt and the application summary say, decided here from the case (pure data, no
 * layout): `receipt-pdf.ts` sets it in type.
 */

/** Who issues receipts for Gold Card reissue fees. */
export const ISSUING_OFFICE: Bilingual = {
  zhTw: '內政部移民署',
  en: 'National Immigration Agency, Ministry of the Interior',
};

/** A case's fee is settled (paid or exempt) only after approval. */
const DECIDED: readonly AmendmentStatus[] = [
  AmendmentStatus.APPROVED,
  AmendmentStatus.CARD_READY,
  AmendmentStatus.CARD_COLLECTED,
];

export interface ReceiptLine {
  item: Bilingual;
  /** The fee rule's stable code, e.g. CARD_REISSUE, EXEMPT_ADDRESS. */
  rule: string;
  /** The rule in words (the schedule's reason). */
  ruleText: Bilingual;
  amount: number;
}

export interface ReceiptModel {
  /** PAID: the fee was paid. EXEMPT: NT$0, no fee is due (a receipt is issued all the same). */
  kind: 'PAID' | 'EXEMPT';
  receiptNumber: string;
  issuedAt: Date;
  applicationNumber: string;
  holder: { latinName: string; chineseName: string | null; uiNumber: string };
  lines: ReceiptLine[];
  amount: number;
  scheduleVersion: number;
  payment: {
    paidAt: Date;
    method: Bilingual;
    merchantTradeNo: string;
    providerTradeNo: string | null;
  } | null;
  issuer: Bilingual;
}

/** The receipt's number: one fee per case, so the case's number makes it unique and stable. */
export const receiptNumberOf = (applicationNumber: string) => `R${applicationNumber}`;

export const latinName = (v: Pick<AmendmentValues, 'englishSurname' | 'englishGivenName'>) =>
  `${v.englishSurname}, ${v.englishGivenName}`;

/** The line's reason as the API explains it (`FeeLine.explanation`), in both languages. */
function ruleText(
  scheduleVersion: number,
  rule: string,
  exemptionReason: string | null,
): Bilingual {
  return (
    lineReason(scheduleVersion, rule) ?? {
      zhTw: exemptionReason ?? rule,
      en: exemptionReason ?? rule,
    }
  );
}

/**
 * Whether the case has a receipt, and of which kind: PAID once the fee is paid; EXEMPT for an
 * approved case that prints a card at NT$0 (exempt items). Cases that print no card (email or
 * mobile only) have no fee record and no receipt.
 */
export function receiptKindOf(amendment: Amendment): 'PAID' | 'EXEMPT' | null {
  const fee = amendment.fee;
  if (!fee || !fee.required || !amendment.applicationNumber) return null;
  if (!DECIDED.includes(amendment.status)) return null;
  if (fee.amount > 0) return amendment.feePaidAt ? 'PAID' : null;
  return 'EXEMPT';
}

/**
 * The receipt of a case, or null when it has none (yet). `payment` is the payment that paid the
 * fee, when it was paid online.
 */
export function receiptModel(amendment: Amendment, payment: Payment | null): ReceiptModel | null {
  const kind = receiptKindOf(amendment);
  if (!kind || !amendment.fee || !amendment.applicationNumber) return null;
  const fee = amendment.fee;
  const v = amendment.requested;
  const issuedAt =
    kind === 'PAID'
      ? amendment.feePaidAt!
      : (amendment.decidedAt ?? amendment.submittedAt ?? amendment.updatedAt);
  return {
    kind,
    receiptNumber: receiptNumberOf(amendment.applicationNumber),
    issuedAt,
    applicationNumber: amendment.applicationNumber,
    holder: {
      latinName: latinName(v),
      chineseName: v.chineseName,
      uiNumber: amendment.context.uiNumber,
    },
    lines: fee.lines.map((line) => ({
      item: ITEM_LABELS[line.item],
      rule: line.rule,
      ruleText: ruleText(fee.scheduleVersion, line.rule, line.exemptionReason),
      amount: line.amount,
    })),
    amount: fee.amount,
    scheduleVersion: fee.scheduleVersion,
    payment:
      kind === 'PAID'
        ? {
            paidAt: payment?.paidAt ?? amendment.feePaidAt!,
            method: payment
              ? PAYMENT_METHOD_LABELS[payment.method]
              : { zhTw: '臨櫃繳納', en: 'At the counter' },
            merchantTradeNo: payment?.merchantTradeNo ?? '—',
            providerTradeNo: payment?.providerTradeNo ?? null,
          }
        : null,
    issuer: ISSUING_OFFICE,
  };
}

// --- The application summary --------------------------------------------------------------------

const FIELD_LABELS: Record<keyof AmendmentValues, Bilingual> = {
  englishSurname: { zhTw: '英文姓', en: 'English surname' },
  englishGivenName: { zhTw: '英文名', en: 'English given names' },
  chineseName: { zhTw: '中文姓名', en: 'Chinese name' },
  sex: { zhTw: '性別', en: 'Sex' },
  passport: { zhTw: '護照', en: 'Passport' },
  residence: { zhTw: '居留地址', en: 'Residence address' },
  collectionPlaceCode: { zhTw: '領證地點', en: 'Card collection place' },
  email: { zhTw: '電子郵件', en: 'Email' },
  mobile: { zhTw: '手機號碼', en: 'Mobile number' },
};

const ROLE_LABELS: Record<Role, Bilingual> = {
  APPLICANT: { zhTw: '持卡人本人', en: 'The holder' },
  EMPLOYER: { zhTw: '雇主', en: 'Employer' },
  AGENCY: { zhTw: '委託代辦機構', en: 'Authorised agency' },
  OFFICER: { zhTw: '承辦人員', en: 'Officer' },
  SUPERVISOR: { zhTw: '主管', en: 'Supervisor' },
};

function valueText(key: keyof AmendmentValues, values: AmendmentValues): string {
  switch (key) {
    case 'passport': {
      const p = values.passport;
      return `${p.number} (${p.issuingCountryCode}) ${p.issueDate} – ${p.expiryDate}`;
    }
    case 'residence': {
      const r = values.residence;
      return `${r.postalCode ?? ''} ${r.city}${r.district}${r.line}`.trim();
    }
    case 'sex':
      return values.sex === 'MALE' ? '男 Male' : '女 Female';
    default:
      return String(values[key] ?? '—');
  }
}

export interface SummaryModel {
  applicationNumber: string;
  status: Bilingual;
  submittedAt: Date;
  filedBy: { displayName: string; organisationName: string | null; role: Bilingual };
  holder: { latinName: string; chineseName: string | null; uiNumber: string };
  items: Bilingual[];
  changes: { field: Bilingual; before: string; after: string }[];
  documents: {
    type: Bilingual;
    name: string;
    size: number;
    uploadedAt: Date;
    sha256: string;
  }[];
  fee: {
    amount: number;
    status: Bilingual;
    lines: ReceiptLine[];
  };
  generatedAt: Date;
}

/** The summary exists once the case is submitted (it has an application number). */
export const hasSummary = (amendment: Amendment) =>
  Boolean(amendment.applicationNumber && amendment.submittedAt);

export function summaryModel(
  amendment: Amendment,
  filer: { displayName: string; organisationName?: string | null; role: Role },
  documents: AmendmentDocument[],
  now = new Date(),
): SummaryModel | null {
  if (!hasSummary(amendment)) return null;
  const fee = feeOf(amendment);
  const feeStatus: Bilingual =
    fee.amount === 0
      ? fee.required
        ? { zhTw: '免繳規費', en: 'Exempt: no fee due' }
        : { zhTw: '無須繳費', en: 'No fee' }
      : amendment.feePaidAt
        ? { zhTw: '已繳納', en: 'Paid' }
        : { zhTw: '待繳納（核准後繳費）', en: 'Unpaid (payable once approved)' };
  return {
    applicationNumber: amendment.applicationNumber!,
    status: STATUS_LABELS[amendment.status],
    submittedAt: amendment.submittedAt!,
    filedBy: {
      displayName: filer.displayName,
      organisationName: filer.organisationName ?? null,
      role: ROLE_LABELS[filer.role],
    },
    holder: {
      latinName: latinName(amendment.current),
      chineseName: amendment.current.chineseName,
      uiNumber: amendment.context.uiNumber,
    },
    items: amendment.items.map((item) => ITEM_LABELS[item]),
    changes: changedKeys(amendment.current, amendment.requested).map((key) => ({
      field: FIELD_LABELS[key],
      before: valueText(key, amendment.current),
      after: valueText(key, amendment.requested),
    })),
    documents: documents.map((d) => ({
      type: DOCUMENT_LABELS[d.type as DocumentType] ?? { zhTw: d.type, en: d.type },
      name: d.originalName,
      size: d.size,
      uploadedAt: d.uploadedAt,
      sha256: d.sha256,
    })),
    fee: {
      amount: fee.amount,
      status: feeStatus,
      lines: fee.lines.map((line) => ({
        item: ITEM_LABELS[line.item],
        rule: line.rule,
        ruleText: ruleText(fee.scheduleVersion, line.rule, line.exemptionReason),
        amount: line.amount,
      })),
    },
    generatedAt: now,
  };
}
