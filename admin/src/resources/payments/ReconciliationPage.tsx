import { useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Stack,
  TextField,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import {
  Title,
  useCanAccess,
  useDataProvider,
  useLocaleState,
  useRequireAccess,
  useTranslate,
} from 'react-admin';
import type { GoldcardDataProvider } from '../../dataProvider';
import { toApiError } from '../../graphql/errors';
import { UnpaidFees, PaymentsToRefund } from './ReconciliationLists';

const DEFAULT_DAYS = 14;

/**
 * Supervisors: the payments module's reconciliation on demand — approved cases whose fee is
 * still unpaid after so many days (each a link to its case), and payments to refund.
 */
export function ReconciliationPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<GoldcardDataProvider>();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  // Not a react-admin List: the access check (supervisors only) is asked for here.
  // Redirects to the access-denied page when refused; nothing is asked of the API before.
  useRequireAccess({ resource: 'paymentReconciliation', action: 'list' });
  const { canAccess } = useCanAccess({ resource: 'paymentReconciliation', action: 'list' });
  const [days, setDays] = useState(DEFAULT_DAYS);
  const [typed, setTyped] = useState(String(DEFAULT_DAYS));
  const query = useQuery({
    queryKey: ['paymentReconciliation', days, locale],
    queryFn: () => dataProvider.paymentReconciliation(days),
    enabled: canAccess === true,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(typed);
    if (Number.isInteger(value) && value >= 1 && value <= 365) {
      if (value === days) void query.refetch();
      else setDays(value);
    }
  };
  const valid = /^\d+$/.test(typed) && Number(typed) >= 1 && Number(typed) <= 365;
  const title = translate('goldcard.reconciliation.title');
  if (canAccess !== true) return null;
  return (
    <Box sx={{ py: 2 }} data-testid="reconciliation">
      <Title title={title} />
      <Stack spacing={2}>
        <Card>
          <CardContent>
            <Typography component="h1" variant="h5" gutterBottom>
              {title}
            </Typography>
            <Typography variant="body2" sx={{ mb: 2 }}>
              {translate('goldcard.reconciliation.intro')}
            </Typography>
            <Stack
              component="form"
              direction="row"
              spacing={2}
              useFlexGap
              sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}
              onSubmit={submit}
              noValidate
            >
              <TextField
                label={translate('goldcard.reconciliation.days')}
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                error={!valid}
                helperText={translate('goldcard.reconciliation.days_hint')}
                size="small"
                sx={{ width: 220, maxWidth: '100%' }}
                slotProps={{ htmlInput: { inputMode: 'numeric', pattern: '[0-9]*' } }}
              />
              <Button type="submit" variant="outlined" disabled={!valid}>
                {translate('goldcard.reconciliation.refresh')}
              </Button>
            </Stack>
          </CardContent>
        </Card>
        {query.error && (
          <Alert severity="error" role="alert">
            {translate('goldcard.reconciliation.failed', {
              message: toApiError(query.error).message,
            })}
          </Alert>
        )}
        {query.data && (
          <>
            <UnpaidFees
              fees={query.data.unpaidFees}
              days={query.data.unpaidForDays}
              small={isSmall}
            />
            <PaymentsToRefund payments={query.data.paymentsToRefund} small={isSmall} />
          </>
        )}
      </Stack>
    </Box>
  );
}
