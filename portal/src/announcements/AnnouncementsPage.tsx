import { useQuery } from '@apollo/client';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { Box, Pagination, PaginationItem, Typography } from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { useMessages } from '../i18n/locale';
import { AnnouncementCard } from './AnnouncementCard';
import { AnnouncementsBoardQuery } from './announcements.graphql';
import { announcementMessages } from './announcements.messages';

const PER_PAGE = 10;

/** `/announcements`: every published notice, important first, 10 a page (`?page=2`). */
export default function AnnouncementsPage() {
  const t = useMessages(announcementMessages);
  const [params] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
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
      {pages > 1 && (
        <Box sx={{ mt: 3, display: 'flex', justifyContent: 'center' }}>
          <Pagination
            aria-label={t('pages')}
            page={page}
            count={pages}
            siblingCount={0}
            getItemAriaLabel={(type, item) =>
              type === 'previous'
                ? t('previous')
                : type === 'next'
                  ? t('nextPage')
                  : type === 'page' && item === page
                    ? t('page', { page: item ?? page })
                    : t('goToPage', { page: item ?? page })
            }
            renderItem={(item) => (
              <PaginationItem
                component={RouterLink}
                to={
                  item.page && item.page > 1 ? `/announcements?page=${item.page}` : '/announcements'
                }
                {...item}
              />
            )}
          />
        </Box>
      )}
    </Page>
  );
}
