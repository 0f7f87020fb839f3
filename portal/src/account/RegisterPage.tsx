import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Link, Typography } from '@mui/material';
import { Page } from '../components/Page';
import { useMessages } from '../i18n/locale';
import { RegisterForm } from './RegisterForm';
import { RegisterSent } from './RegisterSent';
import { registerMessages } from './register.messages';

/** A new holder, employer or agency account; then "check your email". */
export default function RegisterPage() {
  const t = useMessages(registerMessages);
  const [sentTo, setSentTo] = useState<string>();
  // The form is replaced by the next step: screen readers start again from its heading.
  useEffect(() => {
    if (sentTo) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [sentTo]);
  if (sentTo) return <RegisterSent email={sentTo} />;
  return (
    <Page title={t('title')} intro={t('intro')} maxWidth={720}>
      <Typography sx={{ mb: 2 }}>
        <Link component={RouterLink} to="/login">
          {t('haveAccount')}
        </Link>
      </Typography>
      <RegisterForm
        onRegistered={(email) => {
          setSentTo(email);
          window.scrollTo({ top: 0 });
        }}
      />
    </Page>
  );
}
