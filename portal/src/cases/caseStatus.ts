import type { AmendmentStatus, FeeStatus } from '../generated/graphql';
import { formatDate, formatMoney } from '../i18n/dates';
import type { Locale, Translate } from '../i18n/locale';
import type { statusMessages } from './status.messages';

type StatusKey = keyof (typeof statusMessages)['en'];

/** What the list and the case page need to know about a case to say what happens next. */
export interface CaseFacts {
  status: AmendmentStatus;
  draftExpiresAt?: string | null;
  fee: { amount: number; status: FeeStatus; payable: boolean; cardPrinted: boolean };
  /** Name of the service centre where the card is collected, if known. */
  centreName?: string | null;
}

/** Statuses in which the filer may still withdraw (the API's own list: before a decision). */
export const WITHDRAWABLE: readonly AmendmentStatus[] = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'SUPPLEMENT_REQUESTED',
];

/** The case's fee is due now (approved, not paid yet). */
export const feeDue = (c: CaseFacts) => c.fee.payable && c.fee.status === 'UNPAID';

/** One or two sentences: what the status means and what happens next, with usual durations. */
export function explainStatus(c: CaseFacts, t: Translate<StatusKey>): string {
  switch (c.status) {
    case 'DRAFT':
      return t('nextDraftNoDate');
    case 'SUBMITTED':
      return t('explainSubmitted');
    case 'UNDER_REVIEW':
      return t('explainUnderReview');
    case 'SUPPLEMENT_REQUESTED':
      return t('explainSupplement');
    case 'APPROVED':
      if (feeDue(c)) return t('explainApprovedPay', { amount: formatMoney(c.fee.amount) });
      return c.fee.cardPrinted ? t('explainApprovedCard') : t('explainApprovedNoCard');
    case 'CARD_READY':
      return t('explainCardReady');
    case 'CARD_COLLECTED':
      return t('explainCollected');
    case 'REJECTED':
      return t('explainRejected');
    case 'WITHDRAWN':
      return t('explainWithdrawn');
  }
}

/** What the person should do next, as a short instruction. */
export function nextStep(c: CaseFacts, t: Translate<StatusKey>, locale: Locale): string {
  switch (c.status) {
    case 'DRAFT':
      return c.draftExpiresAt
        ? t('nextDraft', { date: formatDate(c.draftExpiresAt, locale) })
        : t('nextDraftNoDate');
    case 'SUBMITTED':
    case 'UNDER_REVIEW':
      return t('nextWait');
    case 'SUPPLEMENT_REQUESTED':
      return t('nextSupplement');
    case 'APPROVED':
      if (feeDue(c)) return t('nextPay', { amount: formatMoney(c.fee.amount) });
      return c.fee.cardPrinted ? t('nextWaitCard') : t('nextNothing');
    case 'CARD_READY':
      return c.centreName ? t('nextCollect', { place: c.centreName }) : t('nextCollectSomewhere');
    case 'CARD_COLLECTED':
      return t('nextNothing');
    case 'REJECTED':
    case 'WITHDRAWN':
      return t('nextNewApplication');
  }
}

/** Where a case's primary action lives: the wizard for drafts, else a section of the case page. */
export function actionPath(id: string, c: CaseFacts): string {
  if (c.status === 'DRAFT') return `/amendments/${id}/edit`;
  if (c.status === 'SUPPLEMENT_REQUESTED') return `/amendments/${id}#action`;
  if (feeDue(c)) return `/amendments/${id}#action`;
  return `/amendments/${id}`;
}

/** The holder as people know them: the English name as in the passport, and the Chinese one. */
export function holderName(applicant: {
  englishSurname: string;
  englishGivenName: string;
  chineseName?: string | null;
}): string {
  const english = `${applicant.englishSurname}, ${applicant.englishGivenName}`;
  return applicant.chineseName ? `${english}（${applicant.chineseName}）` : english;
}
