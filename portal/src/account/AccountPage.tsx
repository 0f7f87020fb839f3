import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client';
import { Link as RouterLink } from 'react-router';
import { Alert, Box, Button, Paper, Typography } from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { formatDate, formatDateTime } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import { AccountProfileQuery } from './account.graphql';
import { passwordMessages } from './password.messages';

/** Days before the expiry from which the page urges a change. */
const EXPIRY_WARNING_DAYS = 14;
const DAY_MS = 86_400_000;

/** Label and value pairs; side by side on wide screens, stacked on a phone. */
function Details({ rows }: { rows: { label: string; value: ReactNode }[] }) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'minmax(10rem, 14rem) 1fr' },
        columnGap: 2,
        rowGap: { xs: 0.25, sm: 1.5 },
        m: 0,
      }}
    >
      {rows.map((row) => (
        <Fragment key={row.label}>
          <Box component="dt" sx={{ fontWeight: 600, mt: { xs: 1, sm: 0 } }}>
            {row.label}
          </Box>
          <Box component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            {row.value}
          </Box>
        </Fragment>
      ))}
    </Box>
  );
}

/** The signed-in account: who, which role and company, and the password's dates. */
export default function AccountPage() {
  const t = useMessages(passwordMessages);
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(AccountProfileQuery);
  const me = data?.me;
  const expiresAt = me?.passwordExpiresAt ? Date.parse(me.passwordExpiresAt) : undefined;
  const daysLeft =
    expiresAt === undefined ? undefined : Math.ceil((expiresAt - Date.now()) / DAY_MS);

  return (
    <Page title={t('profileTitle')} intro={t('profileIntro')} maxWidth={800}>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {loading && !me && <Loading />}
      {me && (
        <>
          <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}>
            <Details
              rows={[
                { label: t('displayName'), value: me.displayName },
                { label: t('accountName'), value: me.accountName },
                {
                  label: t('email'),
                  value: `${me.email} (${me.emailVerified ? t('emailVerified') : t('emailNotVerified')})`,
                },
                { label: t('role'), value: t(`role${me.role}`) },
                ...(me.organisationName
                  ? [{ label: t('organisation'), value: me.organisationName }]
                  : []),
                { label: t('locale'), value: me.locale === 'en' ? t('localeEn') : t('localeZh') },
              ]}
            />
          </Paper>
          <Box component="section" aria-labelledby="password-title">
            <Typography id="password-title" component="h2" variant="h6" sx={{ mb: 1 }}>
              {t('passwordSection')}
            </Typography>
            {daysLeft !== undefined && daysLeft <= EXPIRY_WARNING_DAYS && daysLeft > 0 && (
              <Alert severity="warning" sx={{ mb: 2 }}>
                {t('passwordExpiresSoon', { days: daysLeft })}
              </Alert>
            )}
            <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 }, mb: 2 }}>
              <Details
                rows={[
                  {
                    label: t('passwordChangedAt'),
                    value: formatDateTime(me.passwordChangedAt, locale),
                  },
                  {
                    label: t('passwordExpiresAt'),
                    value: me.passwordExpiresAt
                      ? formatDate(me.passwordExpiresAt, locale)
                      : t('passwordNeverExpires'),
                  },
                ]}
              />
            </Paper>
            <Button variant="contained" component={RouterLink} to="/account/change-password">
              {t('changePasswordButton')}
            </Button>
          </Box>
        </>
      )}
    </Page>
  );
}
