import { useEffect, useRef } from 'react';
import { Alert, AlertTitle, Typography } from '@mui/material';
import type { CasesAmendmentQuery } from '../generated/graphql';
import { useLocale, useMessages } from '../i18n/locale';
import { caseMessages } from './case.messages';
import { nextStep, type CaseFacts } from './caseStatus';
import { PaymentInstructions, pendingPayment } from './PaymentInstructions';
import { statusMessages } from './status.messages';

type Case = CasesAmendmentQuery['amendment'];
/** What just happened on this page (not in the address: a reload should not repeat it). */
export type LocalNotice = 'withdrawn' | 'answered';

/**
 * The news of the moment, on top of the page: the wizard's `?submitted=1`, the payment gateway's
 * `?payment=paid|failed|pending`, or an action taken here. It takes the focus once, so that
 * screen readers announce it.
 */
export function CaseBanners({
  amendment,
  submitted,
  payment,
  notice,
  facts,
}: {
  amendment: Case;
  submitted: boolean;
  payment: string | null;
  notice?: LocalNotice;
  facts: CaseFacts;
}) {
  const t = useMessages(caseMessages);
  const s = useMessages(statusMessages);
  const { locale } = useLocale();
  const banner = useRef<HTMLDivElement>(null);
  const key = notice ?? payment ?? (submitted ? 'submitted' : '');
  useEffect(() => {
    if (key) banner.current?.focus();
  }, [key]);
  if (!key) return null;

  const common = { ref: banner, tabIndex: -1, sx: { mb: 2, outline: 'none' } } as const;
  if (notice === 'withdrawn' || notice === 'answered') {
    return (
      <Alert severity="success" role="status" {...common}>
        <AlertTitle component="h2">{t(`${notice}Title`)}</AlertTitle>
        {t(`${notice}Body`)}
      </Alert>
    );
  }
  if (payment === 'paid') {
    const paid = amendment.fee.status === 'PAID';
    return (
      <Alert severity={paid ? 'success' : 'info'} role="status" {...common}>
        <AlertTitle component="h2">{t('paidTitle')}</AlertTitle>
        {paid ? t('paidBody') : t('paidPendingBody')}
      </Alert>
    );
  }
  if (payment === 'failed') {
    return (
      <Alert severity="error" role="alert" {...common}>
        <AlertTitle component="h2">{t('failedTitle')}</AlertTitle>
        {t('failedBody')}
      </Alert>
    );
  }
  if (payment === 'pending') {
    const pending = pendingPayment(amendment.payments);
    return (
      <Alert
        severity="warning"
        role="status"
        {...common}
        sx={{ ...common.sx, '& .MuiAlert-message': { width: '100%' } }}
      >
        <AlertTitle component="h2">{t('pendingTitle')}</AlertTitle>
        <Typography sx={{ mb: 1 }}>{t('pendingBody')}</Typography>
        {pending && <PaymentInstructions payment={pending} />}
      </Alert>
    );
  }
  if (submitted && amendment.applicationNumber) {
    return (
      <Alert severity="success" role="status" {...common}>
        <AlertTitle component="h2">{t('submittedTitle')}</AlertTitle>
        <Typography sx={{ overflowWrap: 'anywhere' }}>
          {t('submittedBody', { number: amendment.applicationNumber })}
        </Typography>
        <Typography sx={{ fontWeight: 600, mt: 0.5 }}>
          {t('submittedNext', { next: nextStep(facts, s, locale) })}
        </Typography>
      </Alert>
    );
  }
  return null;
}
