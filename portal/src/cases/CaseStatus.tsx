import { Box, Typography } from '@mui/material';
import type { CasesAmendmentQuery, CasesCentreFieldsFragment } from '../generated/graphql';
import { useMessages } from '../i18n/locale';
import { actionMessages } from './actions.messages';
import { explainStatus, feeDue, type CaseFacts } from './caseStatus';
import { StatusChip } from './StatusChip';
import { statusMessages } from './status.messages';

type Case = CasesAmendmentQuery['amendment'];

/** The status in the API's words, what it means and what comes next, with usual durations. */
export function CaseStatus({
  amendment,
  facts,
  centre,
}: {
  amendment: Case;
  facts: CaseFacts;
  centre?: CasesCentreFieldsFragment | null;
}) {
  const s = useMessages(statusMessages);
  const a = useMessages(actionMessages);
  const cardComing = amendment.status === 'APPROVED' && amendment.fee.cardPrinted && !feeDue(facts);
  return (
    <Box>
      <Box sx={{ mb: 1 }} data-testid="case-status">
        <StatusChip
          status={amendment.status}
          label={amendment.statusLabel}
          attention={feeDue(facts)}
        />
      </Box>
      <Typography>{explainStatus(facts, s)}</Typography>
      {cardComing && (
        <Typography sx={{ mt: 1 }}>
          {centre ? a('cardLater', { place: centre.name }) : a('cardLaterSomewhere')}
        </Typography>
      )}
    </Box>
  );
}
