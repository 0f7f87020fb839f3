import { Box, Typography } from '@mui/material';
import type { CasesPaymentFieldsFragment } from '../generated/graphql';
import { formatDateTime } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import { feeMessages } from './fee.messages';

/**
 * The payment still waiting for the money: the newest ATM account or store code not yet expired
 * (an older one stays payable after a later card attempt failed), else a payment just started.
 */
export function pendingPayment(
  payments: readonly CasesPaymentFieldsFragment[],
  now = Date.now(),
): CasesPaymentFieldsFragment | undefined {
  const awaiting = payments.find(
    (p) =>
      p.status === 'AWAITING_PAYMENT' &&
      p.instructions &&
      (!p.instructions.expiresAt || Date.parse(p.instructions.expiresAt) > now),
  );
  if (awaiting) return awaiting;
  return payments[0]?.status === 'CREATED' ? payments[0] : undefined;
}

/** Where and by when to pay an ATM transfer or a convenience-store code. */
export function PaymentInstructions({ payment }: { payment: CasesPaymentFieldsFragment }) {
  const t = useMessages(feeMessages);
  const { locale } = useLocale();
  const info = payment.instructions;
  if (!info) return <Typography>{t('instructionsWait')}</Typography>;
  const rows: [string, string][] = [];
  if (info.bankCode) rows.push([t('bankCode'), info.bankCode]);
  if (info.virtualAccount) rows.push([t('virtualAccount'), info.virtualAccount]);
  if (info.paymentCode) rows.push([t('paymentCode'), info.paymentCode]);
  if (info.expiresAt) rows.push([t('expiresAt'), formatDateTime(info.expiresAt, locale)]);
  return (
    <Box
      component="dl"
      aria-label={t('instructionsTitle')}
      sx={{
        display: 'grid',
        gridTemplateColumns: 'max-content 1fr',
        columnGap: 2,
        rowGap: 0.5,
        m: 0,
      }}
    >
      {rows.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt">{label}</Typography>
          <Typography
            component="dd"
            sx={{
              m: 0,
              fontWeight: 700,
              fontVariantNumeric: 'tabular-nums',
              overflowWrap: 'anywhere',
            }}
          >
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
