import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Stack,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useQuery } from '@tanstack/react-query';
import {
  Title,
  useDataProvider,
  useLocaleState,
  useCanAccess,
  useParams,
  useRequireAccess,
  useTranslate,
} from 'react-admin';
import type { GoldcardDataProvider } from '../../dataProvider';
import type { CasePaymentsQuery } from '../../generated/graphql';
import { formatDateTime, holderName } from '../../format';
import { toApiError } from '../../graphql/errors';
import { CasePdfLinks } from './CasePdfLinks';
import { formatNtd } from './money';
import { Rows, type Column } from './Rows';

type CaseRecord = CasePaymentsQuery['amendment'];
type Payment = CaseRecord['payments'][number];

/**
 * One case's fee, its online payments and its PDFs (receipt, summary). Self-contained: the case
 * page may mount it as is.
 */
export function CasePayments({ record }: { record: CaseRecord }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const columns: Column<Payment>[] = [
    { label: translate('goldcard.reconciliation.trade_no'), cell: (p) => p.merchantTradeNo },
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
      label: translate('goldcard.reconciliation.status'),
      cell: (p) => (
        <span data-payment-status={p.status}>
          {translate(`goldcard.paymentStatus.${p.status}`)}
          {p.duplicate && ` — ${translate('goldcard.casePayments.second_payment')}`}
        </span>
      ),
    },
    {
      label: translate('goldcard.casePayments.started_at'),
      cell: (p) => formatDateTime(p.createdAt, locale),
    },
    {
      label: translate('goldcard.reconciliation.paid_at'),
      cell: (p) => formatDateTime(p.paidAt, locale),
    },
  ];
  return (
    <Stack spacing={2} data-testid="case-payments">
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <Typography component="span" variant="body1">
          {translate('goldcard.casePayments.fee')}
        </Typography>
        <Typography component="span" variant="h6" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatNtd(record.fee.amount, locale)}
        </Typography>
        <Chip
          size="small"
          variant="outlined"
          color={record.fee.status === 'UNPAID' ? 'warning' : 'success'}
          label={translate(`goldcard.feeStatus.${record.fee.status}`)}
        />
      </Stack>
      <Box>
        <Typography component="h3" variant="subtitle2" gutterBottom>
          {translate('goldcard.casePayments.payments', { count: record.payments.length })}
        </Typography>
        {record.payments.length === 0 ? (
          <Typography variant="body2">{translate('goldcard.casePayments.none')}</Typography>
        ) : (
          <Rows rows={record.payments} columns={columns} small={isSmall} testId="payments" />
        )}
      </Box>
      <CasePdfLinks record={record} />
    </Stack>
  );
}

/** `#/casePayments/<case id>/show`: one case's payments page (resource casePayments, App.tsx). */
export function CasePaymentsPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { id = '' } = useParams();
  const dataProvider = useDataProvider<GoldcardDataProvider>();
  // Redirects to the access-denied page when refused; nothing is asked of the API before.
  useRequireAccess({ resource: 'casePayments', action: 'show' });
  const { canAccess } = useCanAccess({ resource: 'casePayments', action: 'show' });
  const query = useQuery({
    queryKey: ['casePayments', id, locale],
    queryFn: () => dataProvider.casePayments(id),
    enabled: canAccess === true,
  });
  const record = query.data;
  const number = record?.applicationNumber ?? id;
  const title = translate('goldcard.casePayments.title', { number });
  return (
    <Box sx={{ py: 2 }}>
      <Title title={title} />
      <Card>
        <CardContent>
          <Stack spacing={2}>
            <Button
              href={`#/amendments/${id}/show`}
              startIcon={<ArrowBackIcon aria-hidden />}
              sx={{ alignSelf: 'flex-start' }}
            >
              {translate('goldcard.casePayments.back')}
            </Button>
            <Typography component="h1" variant="h5" sx={{ overflowWrap: 'anywhere' }}>
              {title}
            </Typography>
            {record && (
              <Typography variant="body2">
                {holderName(record.applicant)} · {record.applicant.uiNumber} ·{' '}
                {translate(`goldcard.status.${record.status}`)}
              </Typography>
            )}
            {query.error && (
              <Alert severity="error" role="alert">
                {toApiError(query.error).message}
              </Alert>
            )}
            {record && <CasePayments record={record} />}
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
