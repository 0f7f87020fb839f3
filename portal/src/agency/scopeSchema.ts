import { useMemo } from 'react';
import { z } from 'zod';
import type { AmendmentItem } from '../generated/graphql';
import { formatDate } from '../i18n/dates';
import { useLocale, useMessages, type Locale, type Translate } from '../i18n/locale';
import { addYears, taipeiToday } from './calendar';
import type { ScopeValues } from './MandateScopeFields';
import { type MandateKey, mandateMessages } from './mandates.messages';

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

/**
 * What the holder's grant and the agency's request share about a mandate's scope: the days it may
 * end between (today to three years on), the checks, the first values (everything, for a year),
 * and the page's words for the API's refusal of the last day.
 */
export function useMandateScope() {
  const t = useMessages(mandateMessages);
  const { locale } = useLocale();
  const today = taipeiToday();
  return useMemo(() => {
    const maxDate = addYears(today, 3);
    const defaults: ScopeValues = { scope: 'all', items: [], validUntil: addYears(today, 1) };
    return {
      today,
      maxDate,
      schema: scopeSchema(t, locale, today, maxDate),
      defaults,
      /** For withOwnMessages. */
      ownMessages: {
        'input.validUntil': {
          OUT_OF_RANGE: t('validUntilRange', { max: formatDate(maxDate, locale) }),
        },
      },
    };
  }, [t, locale, today]);
}
