import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Box, Button, Typography } from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Notice, type Said } from '../components/Notice';
import { Page } from '../components/Page';
import { visuallyHidden } from '../components/visuallyHidden';
import { useLocale, useMessages } from '../i18n/locale';
import { taipeiToday } from './calendar';
import { CardList } from './CardList';
import { MandateCard } from './MandateCard';
import { type Mandate, isCurrent, mandateState } from './mandateState';
import { type MandateKey, mandateMessages } from './mandates.messages';
import { RequestMandateForm } from './RequestMandateForm';
import { RevokeMandateDialog } from './RevokeMandateDialog';
import { useMandates } from './useMandates';

/**
 * An employer's or agency's page: the holders it acts for, with the way to file for each, and
 * the two ways to get a mandate (the holder grants it online; or a power of attorney that an
 * officer checks).
 */
export function GranteeMandates({ accountName }: { accountName: string }) {
  const t = useMessages(mandateMessages);
  const { locale } = useLocale();
  const { mandates, loading, error, refetch, itemLabels, itemLabel } = useMandates();
  const [ending, setEnding] = useState<Mandate>();
  const [notice, setNotice] = useState<Said<MandateKey>>();
  const today = taipeiToday();

  const current = (mandates ?? []).filter((m) => isCurrent(mandateState(m, today)));
  const ended = (mandates ?? []).filter((m) => !isCurrent(mandateState(m, today)));
  const card = (m: Mandate) => {
    const who = m.holderName ?? t('nameHidden');
    const hidden = (
      <Box component="span" sx={visuallyHidden}>
        {` ${m.applicantUiNumber}`}
      </Box>
    );
    return (
      <MandateCard
        mandate={m}
        title={who}
        showUiNumber
        today={today}
        itemLabel={itemLabel}
        actions={
          isCurrent(mandateState(m, today)) && (
            <>
              {m.activeNow && (
                <Button
                  variant="contained"
                  component={RouterLink}
                  to={`/amendments/new?uiNumber=${encodeURIComponent(m.applicantUiNumber)}`}
                >
                  {t('fileFor')}
                  {hidden}
                </Button>
              )}
              {m.activeNow && (
                <Button variant="outlined" component={RouterLink} to="/amendments">
                  {t('seeCases')}
                  {hidden}
                </Button>
              )}
              <Button variant="text" color="error" onClick={() => setEnding(m)}>
                {t('endMandate')}
                {hidden}
              </Button>
            </>
          )
        }
      />
    );
  };

  return (
    <Page title={t('granteeTitle')} intro={t('granteeIntro')}>
      <Notice said={notice} t={t} onClose={() => setNotice(undefined)} />
      <ErrorAlert error={error} onRetry={refetch} />
      {loading && <Loading />}
      {mandates && (
        <>
          <CardList
            titleId="holders-title"
            title={t('holdersTitle')}
            empty={t('noHolders')}
            items={current}
            render={card}
          />
          {ended.length > 0 && (
            <CardList
              titleId="ended-title"
              title={t('endedMandatesTitle')}
              items={ended}
              render={card}
            />
          )}
        </>
      )}
      <Box component="section" aria-labelledby="how-title" sx={{ mt: 4 }}>
        <Typography id="how-title" component="h2" variant="h6" sx={{ mb: 1 }}>
          {t('howTitle')}
        </Typography>
        <Typography sx={{ mb: 1 }}>{t('howOnline')}</Typography>
        <Typography sx={{ mb: 2 }}>
          {t('yourAccountName')}
          {locale === 'en' ? ' ' : ''}
          <Box
            component="strong"
            data-testid="own-account-name"
            sx={{
              fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
              overflowWrap: 'anywhere',
            }}
          >
            {accountName}
          </Box>
        </Typography>
        <Typography sx={{ mb: 2 }}>{t('howPoa')}</Typography>
        <Typography
          id="request-title"
          component="h3"
          variant="subtitle1"
          sx={{ fontWeight: 600, mb: 2 }}
        >
          {t('requestTitle')}
        </Typography>
        <RequestMandateForm itemLabels={itemLabels} onRequested={setNotice} />
      </Box>
      <RevokeMandateDialog
        mandate={ending}
        as="grantee"
        onClose={() => setEnding(undefined)}
        onDone={(said) => {
          setEnding(undefined);
          setNotice(said);
        }}
      />
    </Page>
  );
}
