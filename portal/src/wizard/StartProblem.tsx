import { Link as RouterLink } from 'react-router';
import { Alert, AlertTitle, Link, Typography } from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import type { ApiError } from '../graphql/errors';
import { useMessages } from '../i18n/locale';
import type { Role } from '../generated/graphql';
import { startMessages } from './start.messages';

/**
 * Why the holder could not be found or filed for, and what to do next, in plain words (the API's
 * message for these codes is shorter and says less; other codes show it as it is). `FORBIDDEN` means different things for different accounts: an employer or
 * agency without a mandate; an applicant account whose holder is linked to another account; an
 * applicant account linked to another holder (api/src/modules/amendments/amendment-start.service.ts).
 */
export function StartProblem({
  error,
  role,
  boundUiNumber,
  askedPassport,
}: {
  error: ApiError;
  role: Role;
  /** The holder this applicant account is linked to, if it is. */
  boundUiNumber?: string;
  askedPassport: boolean;
}) {
  const t = useMessages(startMessages);
  switch (error.code) {
    case 'APPLICANT_NOT_FOUND':
      return (
        <Problem title={t('notFoundTitle')}>
          {askedPassport ? t('notFoundBodyPassport') : t('notFoundBody')}
        </Problem>
      );
    case 'AMENDMENT_ALREADY_OPEN': {
      const id = typeof error.params.amendmentId === 'string' ? error.params.amendmentId : '';
      return (
        <Problem title={t('alreadyOpenTitle')}>
          {t('alreadyOpenBody')}{' '}
          {id && (
            <Link component={RouterLink} to={`/amendments/${id}`}>
              {t('alreadyOpenLink')}
            </Link>
          )}
        </Problem>
      );
    }
    case 'FORBIDDEN':
      if (role === 'EMPLOYER' || role === 'AGENCY') {
        return (
          <Problem title={t('noMandateTitle')}>
            {t('noMandateBody')}{' '}
            <Link component={RouterLink} to="/mandates">
              {t('mandatesLink')}
            </Link>
          </Problem>
        );
      }
      if (boundUiNumber) {
        return (
          <Problem title={t('otherHolderTitle')}>
            {t('otherHolderBody', { uiNumber: boundUiNumber })}
          </Problem>
        );
      }
      return <Problem title={t('boundElsewhereTitle')}>{t('boundElsewhereBody')}</Problem>;
    default:
      return <ErrorAlert error={error} />;
  }
}

function Problem({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Alert severity="error" role="alert" sx={{ mb: 3 }} data-testid="start-problem">
      <AlertTitle component="h2" sx={{ fontSize: '1.1rem' }}>
        {title}
      </AlertTitle>
      <Typography>{children}</Typography>
    </Alert>
  );
}
