import type { ErrorCode } from '../../shared/error-catalog.js';

/*
 * The module's stable codes; `RECEIPT_ERROR_MESSAGES` is what goes into shared/error-catalog.ts's
 * ERROR_MESSAGES (and docs/errors.md). The `as string as` keeps this file independent of the order
 * in which the catalog and the module are changed.
 */

/** The receipt does not exist (yet): the fee is unpaid, or the case prints no card. */
export const RECEIPT_NOT_AVAILABLE = 'RECEIPT_NOT_AVAILABLE' as string as ErrorCode;

/** The application summary exists once the case is submitted. */
export const SUMMARY_NOT_AVAILABLE = 'SUMMARY_NOT_AVAILABLE' as string as ErrorCode;

export const RECEIPT_ERROR_MESSAGES = {
  RECEIPT_NOT_AVAILABLE: {
    en: 'There is no receipt for this application yet: it is issued once the fee is paid (or, when no fee is due, once the application is approved).',
    zhTw: '此申請案尚無收據：收據於規費繳納後開立（免繳規費者於核准後開立）。',
  },
  SUMMARY_NOT_AVAILABLE: {
    en: 'The application summary is available once the application is submitted.',
    zhTw: '申請書摘要於申請案送出後提供。',
  },
} as const;
