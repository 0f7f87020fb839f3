import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Box, Button, Typography } from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Notice, type Said } from '../components/Notice';
import { Page } from '../components/Page';
import { visuallyHidden } from '../components/visuallyHidden';
import { useMessages } from '../i18n/locale';
import { taipeiToday } from './calendar';
import { CardList } from './CardList';
import { GrantMandateForm } from './GrantMandateForm';
import { MandateCard } from './MandateCard';
import { type Mandate, isCurrent, mandateState } from './mandateState';
import { type MandateKey, mandateMessages } from './mandates.messages';
import { RevokeMandateDialog } from './RevokeMandateDialog';
import { useMandates } from './useMandates';

/** A holder's page: who may file for them, authorise one more, revoke. */
export function HolderMandates({ linked }: { linked: boolean }) {
  const t = useMessages(mandateMessages);
  const { mandates, loading, error, refetch, itemLabels, itemLabel } = useMandates();
  const [revoking, setRevoking] = useState<Mandate>();
  const [notice, setNotice] = useState<Said<MandateKey>>();
  const today = taipeiToday();

  if (!linked) {
    return (
      <Page title={t('holderTitle')} intro={t('holderIntro')}>
        <Typography sx={{ mb: 2 }}>{t('notLinked')}</Typography>
        <Button variant="contained" component={RouterLink} to="/amendments/new">
          {t('startAmendment')}
        </Button>
      </Page>
    );
  }

  const current = (mandates ?? []).filter((m) => isCurrent(mandateState(m, today)));
  const ended = (mandates ?? []).filter((m) => !isCurrent(mandateState(m, today)));
  const card = (m: Mandate) => (
    <MandateCard
      mandate={m}
      title={m.granteeName}
      today={today}
      itemLabel={itemLabel}
      note={m.status === 'PENDING_VERIFICATION' && t('pendingHolderNote', { name: m.granteeName })}
      actions={
        isCurrent(mandateState(m, today)) && (
          <Button variant="outlined" color="error" onClick={() => setRevoking(m)}>
            {t('revoke')}
            <Box component="span" sx={visuallyHidden}>
              {` ${m.granteeName}`}
            </Box>
          </Button>
        )
      }
    />
  );

  return (
    <Page title={t('holderTitle')} intro={t('holderIntro')}>
      <Notice said={notice} t={t} onClose={() => setNotice(undefined)} />
      <ErrorAlert error={error} onRetry={refetch} />
      {loading && <Loading />}
      {mandates && (
        <>
          <CardList
            titleId="granted-title"
            title={t('grantedTitle')}
            empty={t('noneGranted')}
            items={current}
            render={card}
          />
          {ended.length > 0 && (
            <CardList titleId="ended-title" title={t('endedTitle')} items={ended} render={card} />
          )}
        </>
      )}
      <Box component="section" aria-labelledby="grant-title" sx={{ mt: 4 }}>
        <Typography id="grant-title" component="h2" variant="h6" sx={{ mb: 2 }}>
          {t('grantTitle')}
        </Typography>
        <GrantMandateForm itemLabels={itemLabels} onGranted={setNotice} />
      </Box>
      <RevokeMandateDialog
        mandate={revoking}
        as="holder"
        onClose={() => setRevoking(undefined)}
        onDone={(said) => {
          setRevoking(undefined);
          setNotice(said);
        }}
      />
    </Page>
  );
}
