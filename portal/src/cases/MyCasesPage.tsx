import { useQuery } from '@apollo/client';
import { Link as RouterLink } from 'react-router';
import { Box, Button, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { useMessages } from '../i18n/locale';
import { CaseCard } from './CaseCard';
import { CasesMyAmendmentsQuery } from './cases.graphql';
import { myCasesMessages } from './myCases.messages';

/** `/amendments`: every case of the account, newest first, each with what to do next. */
export default function MyCasesPage() {
  const t = useMessages(myCasesMessages);
  const { data, loading, error, refetch } = useQuery(CasesMyAmendmentsQuery);
  const cases = data?.myAmendments ?? [];

  const start = (
    <Button
      variant="contained"
      component={RouterLink}
      to="/amendments/new"
      startIcon={<AddIcon aria-hidden />}
    >
      {t('start')}
    </Button>
  );

  return (
    <Page title={t('title')} intro={t('intro')} actions={start}>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {loading && !data && <Loading />}
      {data && cases.length === 0 && (
        <Box sx={{ py: 2 }}>
          <Typography sx={{ fontWeight: 600 }}>{t('empty')}</Typography>
          <Typography>{t('emptyHint')}</Typography>
        </Box>
      )}
      {cases.length > 0 && (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 2 }}>
          {cases.map((item) => (
            <li key={item.id}>
              <CaseCard item={item} />
            </li>
          ))}
        </Box>
      )}
    </Page>
  );
}
