import { Link as RouterLink } from 'react-router';
import { Alert, AlertTitle, Link, Typography } from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import type { ApiError } from '../graphql/errors';
import { useMessages } from '../i18n/locale';
import { startMessages } from './start.messages';

/**
 * Why the holder could not be found or filed for, and what to do next, in plain words (the API's
 * message for these codes is shorter and says less; other codes show it as it is). A refusal to
 * file says why in `params.reason` (docs/errors.md, "Why startAmendment refused"); a reason this
 * page does not know shows the API's own message.
 */
export function StartProblem({
  error,
  boundUiNumber,
  askedPassport,
}: {
  error: ApiError;
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
      switch (error.params.reason) {
        case 'NO_MANDATE':
          return (
            <Problem title={t('noMandateTitle')}>
              {t('noMandateBody')}{' '}
              <Link component={RouterLink} to="/mandates">
                {t('mandatesLink')}
              </Link>
            </Problem>
          );
        case 'ACCOUNT_LINKED_TO_ANOTHER_HOLDER':
          return (
            <Problem title={t('otherHolderTitle')}>
              {boundUiNumber
                ? t('otherHolderBody', { uiNumber: boundUiNumber })
                : t('otherHolderBodyUnnamed')}
            </Problem>
          );
        case 'HOLDER_LINKED_TO_ANOTHER_ACCOUNT':
          return <Problem title={t('boundElsewhereTitle')}>{t('boundElsewhereBody')}</Problem>;
        default:
          return <ErrorAlert error={error} />;
      }
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
