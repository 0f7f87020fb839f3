import { Typography } from '@mui/material';
import { Page } from '../components/Page';
import { common } from '../i18n/common';
import { useMessages } from '../i18n/locale';
import { useSession } from '../session/SessionProvider';
import { agencyMessages } from './agency.messages';
import { GranteeMandates } from './GranteeMandates';
import { HolderMandates } from './HolderMandates';

/**
 * `/mandates`: a holder manages whom they authorise; an employer or agency sees the holders it
 * acts for. (RequireSession guarantees a session here.)
 */
export default function MandatesPage() {
  const { session } = useSession();
  const t = useMessages(agencyMessages);
  const c = useMessages(common);
  const account = session?.account;
  if (account?.role === 'APPLICANT')
    return <HolderMandates linked={Boolean(account.applicantId)} />;
  if (account?.role === 'EMPLOYER' || account?.role === 'AGENCY')
    return <GranteeMandates accountName={account.accountName} />;
  return (
    <Page title={c('mandates')}>
      <Typography>{t('staffOnlyConsole')}</Typography>
    </Page>
  );
}
