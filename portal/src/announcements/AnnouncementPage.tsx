import { useQuery } from '@apollo/client';
import { Link as RouterLink, useParams } from 'react-router';
import { Link, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { toApiError } from '../graphql/errors';
import { useMessages } from '../i18n/locale';
import { AnnouncementCard } from './AnnouncementCard';
import { AnnouncementsNoticeQuery } from './announcements.graphql';
import { announcementMessages } from './announcements.messages';

function BackToAll({ label }: { label: string }) {
  return (
    <Link
      component={RouterLink}
      to="/announcements"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mt: 2 }}
    >
      <ArrowBackIcon fontSize="small" aria-hidden />
      {label}
    </Link>
  );
}

/** `/announcements/:id`: one notice, its title as the page's heading. */
export default function AnnouncementPage() {
  const t = useMessages(announcementMessages);
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AnnouncementsNoticeQuery, {
    variables: { id },
  });
  const notice = data?.announcement;
  // An address that names no notice (or not in the form of an id) is simply not found.
  const code = error ? toApiError(error).code : undefined;
  const missing = !error || code === 'NOT_FOUND' || code === 'BAD_USER_INPUT';

  if (loading && !data) return <Loading />;
  if (!notice) {
    return (
      <Page title={missing ? t('notFoundTitle') : t('allTitle')}>
        {missing ? (
          <Typography>{t('notFoundBody')}</Typography>
        ) : (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        )}
        <BackToAll label={t('backToAll')} />
      </Page>
    );
  }
  return (
    <Page title={notice.title}>
      <AnnouncementCard notice={notice} heading="none" />
      <BackToAll label={t('backToAll')} />
    </Page>
  );
}
