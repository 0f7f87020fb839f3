import { useQuery } from '@apollo/client';
import { Box, Typography } from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { PageLinks, usePageParam } from '../components/PageLinks';
import { useMessages } from '../i18n/locale';
import { AnnouncementCard } from './AnnouncementCard';
import { AnnouncementsBoardQuery } from './announcements.graphql';
import { announcementMessages } from './announcements.messages';

const PER_PAGE = 10;

/** `/announcements`: every published notice, important first, 10 a page (`?page=2`). */
export default function AnnouncementsPage() {
  const t = useMessages(announcementMessages);
  const page = usePageParam();
  const { data, loading, error, refetch } = useQuery(AnnouncementsBoardQuery, {
    variables: { page, perPage: PER_PAGE },
  });
  const board = data?.announcements;
  const pages = board ? Math.max(1, Math.ceil(board.total / PER_PAGE)) : 1;

  return (
    <Page title={t('allTitle')} intro={t('allIntro')}>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {loading && !data && <Loading />}
      {board && board.items.length === 0 && <Typography>{t('boardEmpty')}</Typography>}
      {board && board.items.length > 0 && (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}>
          {board.items.map((notice) => (
            <li key={notice.id}>
              <AnnouncementCard notice={notice} heading="h2" />
            </li>
          ))}
        </Box>
      )}
      <PageLinks page={page} pages={pages} path="/announcements" label={t('pages')} />
    </Page>
  );
}
