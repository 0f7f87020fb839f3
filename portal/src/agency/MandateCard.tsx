import type { ReactNode } from 'react';
import { Chip, Link, Stack, Typography } from '@mui/material';
import type { AmendmentItem } from '../generated/graphql';
import { formatDate } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import { type Mandate, mandateState, STATE_COLOUR, STATE_MESSAGE } from './mandateState';
import { mandateMessages } from './mandates.messages';
import { Detail } from './Detail';
import { RecordCard } from './RecordCard';

/**
 * A mandate as a card: whom it concerns (`title`), its status in words, period, what it covers,
 * how it was given, and the page's actions for it.
 */
export function MandateCard({
  mandate,
  title,
  today,
  itemLabel,
  showUiNumber,
  note,
  actions,
}: {
  mandate: Mandate;
  title: string;
  today: string;
  itemLabel: (item: AmendmentItem) => string;
  showUiNumber?: boolean;
  note?: ReactNode;
  actions?: ReactNode;
}) {
  const t = useMessages(mandateMessages);
  const { locale } = useLocale();
  const state = mandateState(mandate, today);
  return (
    <RecordCard
      title={title}
      status={<Chip size="small" color={STATE_COLOUR[state]} label={t(STATE_MESSAGE[state])} />}
      details={
        <>
          {showUiNumber && <Detail term={t('uiNumberLabel')}>{mandate.applicantUiNumber}</Detail>}
          <Detail term={t('periodLabel')}>
            {t('period', {
              from: formatDate(mandate.validFrom, locale),
              until: formatDate(mandate.validUntil, locale),
            })}
          </Detail>
          <Detail term={t('coversLabel')}>
            {mandate.items.length === 0
              ? t('coversAll')
              : mandate.items.map(itemLabel).join(locale === 'en' ? ', ' : '、')}
          </Detail>
          <Detail term={t('sourceLabel')}>
            {mandate.source === 'POWER_OF_ATTORNEY' ? t('sourcePoa') : t('sourceOnline')}
            {mandate.documentUrl && (
              <>
                {' · '}
                <Link href={mandate.documentUrl} target="_blank" rel="noopener">
                  {t('viewPoa')}
                </Link>
              </>
            )}
          </Detail>
          <Detail term={t('createdLabel')}>{formatDate(mandate.createdAt, locale)}</Detail>
        </>
      }
    >
      {mandate.decisionNote && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {t('officerNote', { note: mandate.decisionNote })}
        </Typography>
      )}
      {note && (
        <Typography variant="body2" component="div" sx={{ mt: 1 }}>
          {note}
        </Typography>
      )}
      {actions && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} useFlexGap sx={{ mt: 2 }}>
          {actions}
        </Stack>
      )}
    </RecordCard>
  );
}
