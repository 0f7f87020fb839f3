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
  const typeName = (type: string) => translate(`goldcard.documentType.${type}`, { _: type });
  // Document events carry the document type as their note; a supplement request's note ends
  // with the types asked for in brackets (api/src/modules/review/review-decision.service.ts):
  // show their names.
  const noteText = (event: Event) => {
    if (!event.note) return event.note;
    if (event.type.startsWith('DOCUMENT_')) return typeName(event.note);
    const asked = /^(.*) \[([A-Z_]+(?:, [A-Z_]+)*)\]$/s.exec(event.note);
    if (!asked) return event.note;
    const names = asked[2]!.split(', ').map(typeName);
    return `${asked[1]}\n${translate('goldcard.review.asked_for', { documents: names.join(locale.startsWith('zh') ? '、' : ', ') })}`;
  };
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
