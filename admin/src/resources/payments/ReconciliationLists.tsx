import type { ReactNode } from 'react';
import { Card, CardContent, Link as MuiLink, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { PaymentReconciliationQuery } from '../../generated/graphql';
import { formatDateTime, holderName } from '../../format';
import { daysSince, formatNtd } from './money';
import { Rows, type Column } from './Rows';

type UnpaidFee = PaymentReconciliationQuery['paymentReconciliation']['unpaidFees'][number];
type Refund = PaymentReconciliationQuery['paymentReconciliation']['paymentsToRefund'][number];

function Section({ heading, id, children }: { heading: string; id: string; children: ReactNode }) {
  return (
    <Card component="section" aria-labelledby={id}>
      <CardContent>
        <Typography component="h2" variant="h6" id={id} gutterBottom>
          {heading}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** Approved cases whose fee is still unpaid: each row opens its case. */
export function UnpaidFees({
  fees,
  days,
  small,
}: {
  fees: UnpaidFee[];
  days: number;
  small: boolean;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const columns: Column<UnpaidFee>[] = [
    {
      label: translate('goldcard.reconciliation.application'),
      cell: (fee) => {
        const number = fee.applicationNumber ?? fee.id;
        return (
          <MuiLink
            href={`#/amendments/${fee.id}/show`}
            aria-label={translate('goldcard.reconciliation.open_case', { number })}
            sx={{ fontVariantNumeric: 'tabular-nums' }}
          >
            {number}
          </MuiLink>
        );
      },
    },
    {
      label: translate('goldcard.reconciliation.holder'),
      cell: (fee) => holderName(fee.applicant),
    },
    {
      label: translate('goldcard.reconciliation.amount'),
      cell: (fee) => formatNtd(fee.fee.amount, locale),
      numeric: true,
    },
    {
      label: translate('goldcard.reconciliation.approved_at'),
      cell: (fee) => formatDateTime(fee.decidedAt, locale),
    },
    {
      label: translate('goldcard.reconciliation.waiting'),
      cell: (fee) =>
        translate('goldcard.reconciliation.waiting_days', {
          smart_count: daysSince(fee.decidedAt),
        }),
    },
    {
      label: translate('goldcard.reconciliation.status'),
      cell: (fee) => translate(`goldcard.status.${fee.status}`),
    },
  ];
  return (
    <Section
      id="unpaid-fees-heading"
      heading={translate('goldcard.reconciliation.unpaid_heading', { days, count: fees.length })}
    >
      {fees.length === 0 ? (
        <Typography>{translate('goldcard.reconciliation.unpaid_none')}</Typography>
      ) : (
        <Rows rows={fees} columns={columns} small={small} testId="unpaid-fees" />
      )}
    </Section>
  );
}

/** Money received that cannot count, each linking to the case it was paid for. */
export function PaymentsToRefund({ payments, small }: { payments: Refund[]; small: boolean }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const columns: Column<Refund>[] = [
    {
      label: translate('goldcard.reconciliation.trade_no'),
      cell: (p) => (
        <MuiLink
          href={`#/amendments/${p.amendmentId}/show`}
          aria-label={translate('goldcard.reconciliation.open_payment_case', {
            number: p.merchantTradeNo,
          })}
          sx={{ fontVariantNumeric: 'tabular-nums' }}
        >
          {p.merchantTradeNo}
        </MuiLink>
      ),
    },
    {
      label: translate('goldcard.reconciliation.amount'),
      cell: (p) => formatNtd(p.amount, locale),
      numeric: true,
    },
    {
      label: translate('goldcard.reconciliation.method'),
      cell: (p) => translate(`goldcard.paymentMethod.${p.method}`),
    },
    {
      label: translate('goldcard.reconciliation.paid_at'),
      cell: (p) => formatDateTime(p.paidAt, locale),
    },
    {
      label: translate('goldcard.reconciliation.reason'),
      cell: (p) =>
        translate(
          p.duplicate
            ? 'goldcard.reconciliation.reason_duplicate'
            : 'goldcard.reconciliation.reason_closed',
        ),
    },
  ];
  return (
    <Section
      id="refunds-heading"
      heading={translate('goldcard.reconciliation.refund_heading', { count: payments.length })}
    >
      {payments.length === 0 ? (
        <Typography>{translate('goldcard.reconciliation.refund_none')}</Typography>
      ) : (
        <Rows rows={payments} columns={columns} small={small} testId="payments-to-refund" />
      )}
    </Section>
  );
}
