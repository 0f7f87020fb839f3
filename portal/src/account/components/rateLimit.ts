import type { ApiError } from '../../graphql/errors';
import type { SharedTranslate } from '../shared.messages';

/** "Try again in 14 minutes" from RATE_LIMITED's `params.retryAfterSeconds`. */
export function waitText(error: ApiError, t: SharedTranslate): string {
  const raw = Number(error.params.retryAfterSeconds);
  const seconds = Number.isFinite(raw) && raw > 0 ? Math.ceil(raw) : 60;
  return seconds >= 90
    ? t('minutes', { n: Math.ceil(seconds / 60) })
    : t('seconds', { n: seconds });
}
