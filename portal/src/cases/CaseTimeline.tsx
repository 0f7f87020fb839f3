import { Box, Typography } from '@mui/material';
import { formatDateTime } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import { caseMessages } from './case.messages';
import { labelMessages } from './labels.messages';
import { actorKey, readableNote, visibleEvents, type TimelineEvent } from './timeline';
import { useCaseLabels } from './useCaseLabels';

/** The case's history, oldest first, in plain words with Taiwan times. */
export function CaseTimeline({
  events,
  submittedAt,
}: {
  events: readonly TimelineEvent[];
  submittedAt?: string | null;
}) {
  const t = useMessages(caseMessages);
  const labels = useMessages(labelMessages);
  const { locale } = useLocale();
  const { documentLabel } = useCaseLabels();

  const headline = (e: TimelineEvent): string => {
    switch (e.type) {
      case 'CREATED':
        return t('eventCreated');
      case 'DOCUMENT_ADDED':
        return t('eventDocumentAdded', { label: documentLabel(e.note ?? '') });
      case 'DOCUMENT_REMOVED':
        return t('eventDocumentRemoved', { label: documentLabel(e.note ?? '') });
      case 'NOTE':
        return t('eventNote');
      default:
        return e.statusLabel ?? t('eventNote');
    }
  };

  return (
    <>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
        {t('historyIntro')}
      </Typography>
      <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {visibleEvents(events, submittedAt).map((e, index) => {
          const who = actorKey(e.actorRole);
          const note = e.type.startsWith('DOCUMENT_') ? undefined : readableNote(e, locale);
          return (
            <Box
              component="li"
              key={`${e.at}-${index}`}
              sx={{
                position: 'relative',
                pl: 3,
                pb: 2,
                borderLeft: '2px solid',
                borderColor: 'divider',
                ml: 1,
                '&:last-of-type': { borderColor: 'transparent' },
                '&::before': {
                  content: '""',
                  position: 'absolute',
                  left: -7,
                  top: 4,
                  width: 12,
                  height: 12,
                  borderRadius: '50%',
                  bgcolor: 'primary.main',
                },
              }}
            >
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time>
              </Typography>
              <Typography sx={{ fontWeight: 600 }}>{headline(e)}</Typography>
              {who && e.type !== 'CREATED' && (
                <Typography variant="body2">{t('by', { who: labels(who) })}</Typography>
              )}
              {note && (
                <Typography
                  variant="body2"
                  sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
                >
                  {e.type === 'NOTE' ? note : t('reason', { note })}
                </Typography>
              )}
            </Box>
          );
        })}
      </Box>
    </>
  );
}
