import { Typography } from '@mui/material';
import type { CasesAmendmentQuery, CasesCentreFieldsFragment } from '../generated/graphql';
import { useMessages } from '../i18n/locale';
import { actionMessages } from './actions.messages';
import { caseMessages } from './case.messages';
import { CardCollection } from './CardCollection';
import { feeDue, type CaseFacts } from './caseStatus';
import { feeMessages } from './fee.messages';
import { PayFee } from './PayFee';
import { PaymentInstructions, pendingPayment } from './PaymentInstructions';
import { Section } from './Section';
import { SupplementResponse } from './SupplementResponse';

/**
 * The one thing the case waits for from the person, first on the page (`#action`): answer the
 * officer's request, pay the fee, or collect the card. Nothing when nothing is expected.
 */
export function CaseActions({
  amendment,
  facts,
  centre,
  onChanged,
  onAnswered,
}: {
  amendment: CasesAmendmentQuery['amendment'];
  facts: CaseFacts;
  centre?: CasesCentreFieldsFragment | null;
  onChanged: () => void;
  onAnswered: () => void;
}) {
  const t = useMessages(caseMessages);
  const f = useMessages(feeMessages);
  const a = useMessages(actionMessages);
  const request = amendment.supplementRequest;

  if (amendment.status === 'SUPPLEMENT_REQUESTED' && request) {
    return (
      <Section id="action" title={t('actionTitle')}>
        <SupplementResponse
          amendmentId={amendment.id}
          request={request}
          onChanged={onChanged}
          onAnswered={onAnswered}
        />
      </Section>
    );
  }
  if (feeDue(facts)) {
    const pending = pendingPayment(amendment.payments);
    return (
      <Section id="action" title={t('actionTitle')}>
        {pending?.instructions && (
          <>
            <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
              {f('instructionsTitle')}
            </Typography>
            <PaymentInstructions payment={pending} />
            <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, mt: 2 }}>
              {f('payAgain')}
            </Typography>
          </>
        )}
        {!pending?.instructions && (
          <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
            {f('payTitle')}
          </Typography>
        )}
        <PayFee amendmentId={amendment.id} amount={amendment.fee.amount} />
      </Section>
    );
  }
  if (amendment.status === 'CARD_READY') {
    return (
      <Section id="action" title={a('cardTitle')}>
        <CardCollection centre={centre} />
      </Section>
    );
  }
  return null;
}
