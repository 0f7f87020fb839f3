import { Box, Typography } from '@mui/material';
import type { AmendmentItem, WizardRequirementsQuery } from '../generated/graphql';
import { formatMoney } from '../i18n/dates';
import { useMessages } from '../i18n/locale';
import { reviewMessages } from './review.messages';
import type { WizardAmendment } from './steps';

type Requirement = WizardRequirementsQuery['amendmentRequirements'][number];

/**
 * The fee with its reason for every line: the API's exemption reason (address and passport
 * changes are exempt by law), else the schedule's explanation of the item (`amendmentRequirements`:
 * reissue fee, no card printed), else ours for the one fee a case pays (INCLUDED_IN_REISSUE).
 */
export function FeeSummary({
  fee,
  requirements,
}: {
  fee: WizardAmendment['fee'];
  requirements: Map<AmendmentItem, Requirement>;
}) {
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
        {fee.lines.map((line) => {
          const requirement = requirements.get(line.item);
          const reason =
            line.exemptionReason ??
            (line.rule === 'INCLUDED_IN_REISSUE'
              ? r('feeIncluded')
              : (requirement?.fee.explanation ?? ''));
          return (
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
              <Typography sx={{ fontWeight: 600 }}>{requirement?.label ?? ''}</Typography>
              <Typography sx={{ fontWeight: 600, textAlign: 'right' }}>
                {formatMoney(line.amount)}
              </Typography>
              <Typography
                variant="body2"
                sx={{ gridColumn: '1 / -1', color: 'text.secondary', overflowWrap: 'anywhere' }}
              >
                {reason}
              </Typography>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
