import { Box, Chip, Typography } from '@mui/material';
import type { CasesAmendmentQuery } from '../generated/graphql';
import { formatDateTime, formatMoney } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import { feeMessages } from './fee.messages';
import { labelMessages } from './labels.messages';

type Case = CasesAmendmentQuery['amendment'];

const DECIDED_AGAINST = new Set(['REJECTED', 'WITHDRAWN']);

/** The fee's lines with their reasons, whether it is paid, and the payments made. */
export function CaseFee({ amendment }: { amendment: Case }) {
  const t = useMessages(feeMessages);
  const l = useMessages(labelMessages);
  const { locale } = useLocale();
  const { fee, payments } = amendment;
  const free = fee.amount === 0;
  const status = free
    ? t('statusFree')
    : fee.status === 'PAID'
      ? t('statusPaid')
      : fee.payable
        ? t('statusUnpaid')
        : DECIDED_AGAINST.has(amendment.status)
          ? t('statusNotDue')
          : t('statusUnpaidLater');

  return (
    <>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, mb: 1 }}>
        {fee.lines.map((line) => (
          <Box
            component="li"
            key={line.item}
            sx={{
              display: 'flex',
              justifyContent: 'space-between',
              gap: 2,
              py: 0.75,
              borderBottom: 1,
              borderColor: 'divider',
            }}
          >
            <Box sx={{ minWidth: 0 }}>
              <Typography>{line.label}</Typography>
              <Typography
                variant="body2"
                sx={{ color: 'text.secondary', overflowWrap: 'anywhere' }}
              >
                {line.explanation}
              </Typography>
            </Box>
            <Typography sx={{ whiteSpace: 'nowrap' }}>{formatMoney(line.amount)}</Typography>
          </Box>
        ))}
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography sx={{ fontWeight: 700 }}>
          {t('total')}: {formatMoney(fee.amount)}
        </Typography>
        <Chip
          size="small"
          label={status}
          color={fee.status === 'PAID' || free ? 'success' : fee.payable ? 'warning' : 'default'}
          data-testid="fee-status"
        />
      </Box>
      {free && (
        <Typography variant="body2">
          {t('freeExplained')}{' '}
          {fee.receiptIssued &&
            !DECIDED_AGAINST.has(amendment.status) &&
            t(amendment.receiptUrl ? 'freeReceiptReady' : 'freeReceipt')}
        </Typography>
      )}
      {payments.length > 0 && (
        <>
          <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, mt: 2 }}>
            {t('paymentsTitle')}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {payments.map((p) => (
              <li key={p.id}>
                <Typography variant="body2">
                  {t('paymentLine', {
                    date: formatDateTime(p.paidAt ?? p.createdAt, locale),
                    method: l(p.method),
                    amount: formatMoney(p.amount),
                    status: l(`payment${p.status}`),
                  })}
                  {p.duplicate && t('duplicate')}
                </Typography>
              </li>
            ))}
          </Box>
        </>
      )}
    </>
  );
}
