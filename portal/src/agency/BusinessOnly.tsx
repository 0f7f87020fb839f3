import type { ReactNode } from 'react';
import { Typography } from '@mui/material';
import { Page } from '../components/Page';
import { useMessages } from '../i18n/locale';
import { useSession } from '../session/SessionProvider';
import { agencyMessages } from './agency.messages';

/** Pages for employers' and agencies' software: other accounts get a sentence, not a refusal. */
export function BusinessOnly({ title, children }: { title: string; children: ReactNode }) {
  const t = useMessages(agencyMessages);
  const { session } = useSession();
  const role = session?.account.role;
  if (role === 'EMPLOYER' || role === 'AGENCY') return <>{children}</>;
  return (
    <Page title={title}>
      <Typography>
        {role === 'OFFICER' || role === 'SUPERVISOR' ? t('staffOnlyConsole') : t('businessOnly')}
      </Typography>
    </Page>
  );
}
