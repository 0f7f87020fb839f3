import { useQuery } from '@apollo/client';
import { Link as RouterLink } from 'react-router';
import { Box, Button, Card, CardContent, Link, Stack, Typography } from '@mui/material';
import { BulletinBoard } from '../announcements/BulletinBoard';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { graphql } from '../generated';
import { formatMoney } from '../i18n/dates';
import { useMessages } from '../i18n/locale';
import { isStaff } from '../layout/navigation';
import { useSession } from '../session/SessionProvider';
import { TodoList } from '../todos/TodoList';
import { homeMessages } from './home.messages';

const HomeRequirementsQuery = graphql(`
  query HomeRequirements {
    amendmentRequirements {
      item
      label
      needsReview
      printsCard
      fee {
        amount
        amountHongKongMacau
        explanation
      }
      documents {
        type
        label
        summary
      }
    }
  }
`);

/**
 * The front page: the way in, the signed-in person's to-do list, the bulletin board, then what
 * can be changed, what it costs and what to prepare.
 */
export default function HomePage() {
  const t = useMessages(homeMessages);
  const { status, session } = useSession();
  const { data, loading, error, refetch } = useQuery(HomeRequirementsQuery);
  const signedIn = status === 'active' && session;

  return (
    <Page title={t('title')} intro={t('lead')}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 4 }}>
        {signedIn && isStaff(session.account.role) ? (
          <Typography>
            {t('staffNote')} <Link href="/admin/">/admin/</Link>
          </Typography>
        ) : signedIn ? (
          <>
            <Button variant="contained" size="large" component={RouterLink} to="/amendments/new">
              {t('start')}
            </Button>
            <Button variant="outlined" size="large" component={RouterLink} to="/amendments">
              {t('myCases')}
            </Button>
          </>
        ) : (
          <>
            <Button
              variant="contained"
              size="large"
              component={RouterLink}
              to="/login?next=%2Famendments%2Fnew"
            >
              {t('loginToStart')}
            </Button>
            <Button variant="outlined" size="large" component={RouterLink} to="/register">
              {t('register')}
            </Button>
          </>
        )}
      </Stack>

      {signedIn && !isStaff(session.account.role) && <TodoList />}
      <BulletinBoard />

      <Box component="section" aria-labelledby="steps-title" sx={{ mb: 4 }}>
        <Typography id="steps-title" component="h2" variant="h6" sx={{ mb: 1 }}>
          {t('stepsTitle')}
        </Typography>
        <Box component="ol" sx={{ pl: 3, m: 0 }}>
          {(['step1', 'step2', 'step3', 'step4', 'step5', 'step6'] as const).map((key) => (
            <li key={key}>
              <Typography>{t(key)}</Typography>
            </li>
          ))}
        </Box>
      </Box>

      <Box component="section" aria-labelledby="what-title" sx={{ mb: 4 }}>
        <Typography id="what-title" component="h2" variant="h6" sx={{ mb: 1 }}>
          {t('whatTitle')}
        </Typography>
        <Typography sx={{ mb: 2 }}>{t('feeNote')}</Typography>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
        {loading && !data && <Loading />}
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', md: '1fr 1fr 1fr' },
          }}
        >
          {data?.amendmentRequirements.map((req) => (
            <Card key={req.item} variant="outlined" component="article">
              <CardContent>
                <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
                  {req.label}
                </Typography>
                <Box component="ul" sx={{ pl: 2.5, my: 1 }}>
                  <li>
                    <Typography variant="body2">
                      {req.needsReview ? t('reviewed') : t('automatic')}
                    </Typography>
                  </li>
                  <li>
                    <Typography variant="body2">
                      {req.printsCard ? t('printsCard') : t('noCard')}
                    </Typography>
                  </li>
                </Box>
                <Typography variant="body2" sx={{ mb: 1 }}>
                  <Box component="span" sx={{ fontWeight: 600 }}>
                    {t('feeLabel')}{' '}
                    {req.fee.amount === req.fee.amountHongKongMacau
                      ? formatMoney(req.fee.amount)
                      : t('feeBoth', {
                          amount: formatMoney(req.fee.amount),
                          hk: formatMoney(req.fee.amountHongKongMacau),
                        })}
                  </Box>
                  {' — '}
                  {req.fee.explanation}
                </Typography>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {t('documentsLabel')}
                </Typography>
                {req.documents.length === 0 ? (
                  <Typography variant="body2">{t('noDocuments')}</Typography>
                ) : (
                  <Box component="ul" sx={{ pl: 2.5, my: 0.5 }}>
                    {req.documents.map((doc) => (
                      <li key={doc.type}>
                        <Typography variant="body2">
                          <Box component="span" sx={{ fontWeight: 600 }}>
                            {doc.label}
                          </Box>
                          {t('docSeparator')}
                          {doc.summary}
                        </Typography>
                      </li>
                    ))}
                  </Box>
                )}
              </CardContent>
            </Card>
          ))}
        </Box>
      </Box>

      <Box component="section" aria-labelledby="prepare-title" sx={{ mb: 4 }}>
        <Typography id="prepare-title" component="h2" variant="h6" sx={{ mb: 1 }}>
          {t('prepareTitle')}
        </Typography>
        <Box component="ul" sx={{ pl: 3, m: 0 }}>
          {(['prepare1', 'prepare2', 'prepare3', 'prepare4'] as const).map((key) => (
            <li key={key}>
              <Typography>{t(key)}</Typography>
            </li>
          ))}
        </Box>
      </Box>

      <Box component="section" aria-labelledby="drafts-title">
        <Typography id="drafts-title" component="h2" variant="h6" sx={{ mb: 1 }}>
          {t('draftsTitle')}
        </Typography>
        <Typography>{t('draftsBody')}</Typography>
      </Box>
    </Page>
  );
}
