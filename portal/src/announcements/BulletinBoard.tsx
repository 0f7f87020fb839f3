import { useQuery } from '@apollo/client';
import { Link as RouterLink } from 'react-router';
import { Box, Link, Typography } from '@mui/material';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { useMessages } from '../i18n/locale';
import { AnnouncementCard } from './AnnouncementCard';
import { AnnouncementsBoardQuery } from './announcements.graphql';
import { announcementMessages } from './announcements.messages';

/** How many notices the home page shows; the rest are one link away. */
const ON_HOME = 3;

/** The home page's bulletin board (公布欄): the first notices and the way to all of them. */
export function BulletinBoard() {
  const t = useMessages(announcementMessages);
  const { data, loading, error, refetch } = useQuery(AnnouncementsBoardQuery, {
    variables: { page: 1, perPage: ON_HOME },
  });
  const board = data?.announcements;
  return (
    <Box component="section" aria-labelledby="board-title" sx={{ mb: 4 }}>
      <Typography id="board-title" component="h2" variant="h6" sx={{ mb: 1 }}>
        {t('boardTitle')}
      </Typography>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {loading && !data && <Loading />}
      {board && board.items.length === 0 && <Typography>{t('boardEmpty')}</Typography>}
      {board && board.items.length > 0 && (
        <>
          <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}>
            {board.items.map((notice) => (
              <li key={notice.id}>
                <AnnouncementCard notice={notice} heading="h3" />
              </li>
            ))}
          </Box>
          <Link
            component={RouterLink}
            to="/announcements"
            sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mt: 1.5 }}
          >
            {t('boardMore', { total: board.total })}
            <ArrowForwardIcon fontSize="small" aria-hidden />
          </Link>
        </>
      )}
    </Box>
  );
}
