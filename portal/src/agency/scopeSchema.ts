import { z } from 'zod';
import type { AmendmentItem } from '../generated/graphql';
import { formatDate } from '../i18n/dates';
import type { Locale, Translate } from '../i18n/locale';
import type { MandateKey } from './mandates.messages';

/**
 * The checks a person can be told about before sending (the API checks them again): a chosen
 * change when "only some", and a last day between today and three years on.
 */
export function scopeSchema(
  t: Translate<MandateKey>,
  locale: Locale,
  today: string,
  maxDate: string,
) {
  return z
    .object({
      scope: z.enum(['all', 'some']),
      items: z.array(z.custom<AmendmentItem>()),
      validUntil: z.string().min(1, t('validUntilRequired')),
    })
    .superRefine((values, ctx) => {
      if (values.scope === 'some' && values.items.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['items'], message: t('itemsPick') });
      }
      if (values.validUntil && (values.validUntil < today || values.validUntil > maxDate)) {
        ctx.addIssue({
          code: 'custom',
          path: ['validUntil'],
          message: t('validUntilRange', { max: formatDate(maxDate, locale) }),
        });
      }
    });
}
