import { Chip } from '@mui/material';
import type { AmendmentStatus } from '../generated/graphql';

type Tone = 'default' | 'info' | 'warning' | 'success' | 'error';

/** Something for the person to do is amber; good news green; endings grey or red. */
const TONE: Record<AmendmentStatus, Tone> = {
  DRAFT: 'default',
  SUBMITTED: 'info',
  UNDER_REVIEW: 'info',
  SUPPLEMENT_REQUESTED: 'warning',
  APPROVED: 'success',
  CARD_READY: 'success',
  CARD_COLLECTED: 'default',
  REJECTED: 'error',
  WITHDRAWN: 'default',
};

/** The status in the API's words (statusLabel), coloured by what it asks of the person. */
export function StatusChip({
  status,
  label,
  attention = false,
}: {
  status: AmendmentStatus;
  label: string;
  /** Amber whatever the status: something is waiting for the person (a fee to pay). */
  attention?: boolean;
}) {
  return (
    <Chip
      label={label}
      color={attention ? 'warning' : TONE[status]}
      size="small"
      sx={{
        fontWeight: 600,
        height: 'auto',
        py: 0.25,
        '& .MuiChip-label': { whiteSpace: 'normal' },
      }}
    />
  );
}
