import { Box, Typography } from '@mui/material';
import { formatMoney } from '../i18n/dates';
import { useMessages } from '../i18n/locale';
import { reviewMessages } from './review.messages';
import type { WizardAmendment } from './steps';

/**
 * The fee with its reason for every line, as the API words it in the reader's language
 * (`FeeLineView.label` and `explanation`: the reissue fee, an exemption by law, no card printed,
 * or a change included in the case's one reissue fee).
 */
export function FeeSummary({ fee }: { fee: WizardAmendment['fee'] }) {
  const r = useMessages(reviewMessages);
  const amount = formatMoney(fee.amount);
  const headline =
    fee.amount > 0
      ? r('feeDue', { amount })
      : fee.cardPrinted
        ? r('feeExempt', { amount })
        : r('feeNoCard', { amount });
  return (
    <Box data-testid="fee-summary">
      <Typography sx={{ fontWeight: 700, fontSize: '1.125rem', mb: 1 }}>{headline}</Typography>
      <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
        {fee.lines.map((line) => (
          <Box
            component="li"
            key={line.item}
            sx={{
              display: 'grid',
              gridTemplateColumns: '1fr auto',
              gap: 1,
              py: 1,
              borderBottom: '1px solid #d5d9de',
            }}
          >
            <Typography sx={{ fontWeight: 600 }}>{line.label}</Typography>
            <Typography sx={{ fontWeight: 600, textAlign: 'right' }}>
              {formatMoney(line.amount)}
            </Typography>
            <Typography
              variant="body2"
              sx={{ gridColumn: '1 / -1', color: 'text.secondary', overflowWrap: 'anywhere' }}
            >
              {line.explanation}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
