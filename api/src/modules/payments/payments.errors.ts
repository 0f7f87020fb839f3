import type { ErrorCode } from '../../shared/error-catalog.js';

/*
 * The module's stable codes. Their messages live in shared/error-catalog.ts (`PAYMENT_ERROR_MESSAGES`
 * below is what goes there) and docs/errors.md, like every other code; the `as string as` keeps
 * this file independent of the order in which the catalog and the module are changed.
 */

/** There is nothing to pay now: no fee, already paid, or the case is not approved (yet). */
export const FEE_NOT_PAYABLE = 'FEE_NOT_PAYABLE' as string as ErrorCode;

/** No online payment here (production without gateway credentials). */
export const ONLINE_PAYMENT_UNAVAILABLE = 'ONLINE_PAYMENT_UNAVAILABLE' as string as ErrorCode;

/** The entries for `ERROR_MESSAGES` in shared/error-catalog.ts. */
export const PAYMENT_ERROR_MESSAGES = {
  FEE_NOT_PAYABLE: {
    en: 'There is no fee to pay for this application now: fees are paid once, after approval.',
    zhTw: '此申請案目前無須繳費：規費於核准後繳納，且僅需繳納一次。',
  },
  ONLINE_PAYMENT_UNAVAILABLE: {
    en: 'Online payment is not available at the moment. Please pay at the service counter.',
    zhTw: '目前無法使用線上繳費，請至服務站臨櫃繳納。',
  },
} as const;
