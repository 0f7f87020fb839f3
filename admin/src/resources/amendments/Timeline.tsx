import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { AmendmentDetailFragment } from '../../generated/graphql';
import { formatDateTime } from '../../format';

type Event = AmendmentDetailFragment['events'][number];

/** The case's timeline, oldest first, as an ordered list. */
export function Timeline({ events }: { events: Event[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const describe = (event: Event) => {
    const type = translate(`goldcard.amendments.timeline.type.${event.type}`, { _: event.type });
    if (!event.toStatus) return type;
    const to = translate(`goldcard.status.${event.toStatus}`, {
      _: event.statusLabel ?? event.toStatus,
    });
    const from = event.fromStatus ? translate(`goldcard.status.${event.fromStatus}`) : undefined;
    return from ? `${from} → ${to}` : to;
  };
  // Document events carry the document type as their note: show its name.
  const noteText = (event: Event) =>
    event.type.startsWith('DOCUMENT_') && event.note
      ? translate(`goldcard.documentType.${event.note}`, { _: event.note })
      : event.note;
  return (
    <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid="timeline">
      {events.map((event, index) => (
        <Box
          component="li"
          key={`${event.at}-${index}`}
          sx={{ position: 'relative', pl: 3, pb: 2, borderLeft: 2, borderColor: 'divider', ml: 1 }}
          data-event-type={event.type}
          data-to-status={event.toStatus ?? undefined}
        >
          <Box
            aria-hidden
            sx={{
              position: 'absolute',
              left: -7,
              top: 4,
              width: 12,
              height: 12,
              borderRadius: '50%',
              bgcolor: 'primary.main',
            }}
          />
          <Typography variant="caption" color="text.secondary" component="p">
            <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
            {event.actorRole &&
              ` · ${translate(`goldcard.role.${event.actorRole}`, { _: event.actorRole })}`}
          </Typography>
          <Typography variant="body2" component="p" sx={{ fontWeight: 'bold' }}>
            {describe(event)}
          </Typography>
          {event.note && (
            <Typography variant="body2" component="p" sx={{ whiteSpace: 'pre-wrap' }}>
              {noteText(event)}
            </Typography>
          )}
        </Box>
      ))}
    </Box>
  );
}
