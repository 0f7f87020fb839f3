import { Chip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AmendmentStatus } from '../../generated/graphql';

const colors: Record<AmendmentStatus, ChipProps['color']> = {
  DRAFT: 'default',
  SUBMITTED: 'info',
  UNDER_REVIEW: 'primary',
  SUPPLEMENT_REQUESTED: 'warning',
  APPROVED: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'default',
  CARD_READY: 'success',
  CARD_COLLECTED: 'default',
};

/** A case's status as a chip; the text carries the meaning, the colour only helps. */
export function StatusChip({
  status,
  size = 'small',
}: {
  status: AmendmentStatus;
  size?: ChipProps['size'];
}) {
  const translate = useTranslate();
  return (
    // A new chip per status: one chip changing colours would fade between them (300 ms), and its
    // text is unreadable half way (axe measured 4.42:1 on a case just approved elsewhere).
    <Chip
      key={status}
      label={translate(`goldcard.status.${status}`)}
      color={colors[status]}
      size={size}
      variant={status === 'UNDER_REVIEW' || status === 'SUBMITTED' ? 'filled' : 'outlined'}
      data-status={status}
    />
  );
}
