import type { ErrorCode, FieldProblemCode } from '../../shared/error-catalog.js';
import type { TargetRefusal } from './webhook-target.js';

/*
 * The module's stable codes. Their messages live in shared/error-catalog.ts (ERROR_MESSAGES and
 * FIELD_PROBLEMS) and docs/errors.md, like every other code; the `as string as` keeps this file
 * independent of the order in which the catalog and the module are changed.
 */

/** The account has as many active subscriptions as allowed (`params.max`). */
export const WEBHOOK_SUBSCRIPTION_LIMIT = 'WEBHOOK_SUBSCRIPTION_LIMIT' as string as ErrorCode;

/** Field problem: the URL is not http(s), needs https, carries credentials or is not public. */
export const WEBHOOK_URL_NOT_ALLOWED = 'WEBHOOK_URL_NOT_ALLOWED' as string as FieldProblemCode;

/** Field problem: the URL's host name has no address. */
export const WEBHOOK_URL_UNRESOLVABLE = 'WEBHOOK_URL_UNRESOLVABLE' as string as FieldProblemCode;

/** The field problem for a refused target URL. */
export function problemForRefusal(reason: TargetRefusal): FieldProblemCode {
  switch (reason) {
    case 'MALFORMED':
      return 'INVALID_FORMAT';
    case 'UNRESOLVABLE':
      return WEBHOOK_URL_UNRESOLVABLE;
    default:
      return WEBHOOK_URL_NOT_ALLOWED;
  }
}
