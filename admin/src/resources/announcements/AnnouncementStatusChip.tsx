import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AnnouncementStatus } from '../../generated/graphql';

type Tone = 'default' | 'info' | 'success';

/** On the board now: green; waiting for its time: blue; gone (expired, retired): grey. */
const TONE: Record<AnnouncementStatus, Tone> = {
  SCHEDULED: 'info',
  PUBLISHED: 'success',
  EXPIRED: 'default',
  RETIRED: 'default',
};

/** The status in words (the colour only repeats them). */
export function AnnouncementStatusChip({ status }: { status: AnnouncementStatus }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant={status === 'RETIRED' ? 'outlined' : 'filled'}
      color={TONE[status]}
      label={translate(`goldcard.announcementStatus.${status}`)}
      data-status={status}
    />
  );
}
