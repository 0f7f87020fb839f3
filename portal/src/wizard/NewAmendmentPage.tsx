import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Link, Typography } from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { useMessages } from '../i18n/locale';
import { isStaff } from '../layout/navigation';
import { useSession } from '../session/SessionProvider';
import { IdentifyHolderForm } from './IdentifyHolderForm';
import { TermsStep } from './TermsStep';
import { WizardTermsQuery } from './start.graphql';
import { startMessages } from './start.messages';

/**
 * `/amendments/new`: the terms (skipped when this account accepted the version in force, as
 * `amendmentTerms.accepted` tells), then the holder (`?uiNumber=` fills in the UI number: the
 * mandates page links there); the case then opens in the wizard.
 */
export default function NewAmendmentPage() {
  const t = useMessages(startMessages);
  const { session } = useSession();
  const { data, loading, error, refetch } = useQuery(WizardTermsQuery, {
    fetchPolicy: 'network-only',
  });
  const [acceptedHere, setAcceptedHere] = useState(false);

  if (session && isStaff(session.account.role)) {
    return (
      <Page title={t('staffTitle')}>
        <Typography>
          {t('staffBody')} <Link href="/admin/">/admin/</Link>
        </Typography>
      </Page>
    );
  }
  if (!data) {
    if (loading) return <Loading />;
    return (
      <Page title={t('termsPageTitle')}>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  const terms = data.amendmentTerms;
  if (!terms.accepted && !acceptedHere) {
    return <TermsStep terms={terms} onAccepted={() => setAcceptedHere(true)} />;
  }
  return (
    <IdentifyHolderForm
      onTermsNeeded={() => {
        // A new version came into force since the page loaded: show it.
        setAcceptedHere(false);
        void refetch();
      }}
    />
  );
}
