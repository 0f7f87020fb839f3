import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Box, Button, Typography } from '@mui/material';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Notice } from '../components/Notice';
import { Page } from '../components/Page';
import { PageLinks, usePageParam } from '../components/PageLinks';
import { useMessages } from '../i18n/locale';
import { TodoList } from '../todos/TodoList';
import {
  CasesMarkAllNotificationsReadMutation,
  CasesMarkNotificationReadMutation,
  CasesNotificationsQuery,
} from './cases.graphql';
import { NotificationItem } from './NotificationItem';
import { notificationMessages } from './notifications.messages';

const PER_PAGE = 20;
/** Reading notices changes the bell too. */
const REFRESH = ['CasesNotifications', 'CasesUnreadCount'];
/** One object, so that the notice takes the focus once, when it appears. */
const MARKED_ALL = { key: 'markedAll' } as const;

/** `/notifications`: every notice, newest first, 20 a page (`?page=2`), to mark read. */
export default function NotificationsPage() {
  const t = useMessages(notificationMessages);
  const page = usePageParam();
  const { data, loading, error, refetch } = useQuery(CasesNotificationsQuery, {
    variables: { page, perPage: PER_PAGE },
  });
  const [markRead, one] = useMutation(CasesMarkNotificationReadMutation, {
    refetchQueries: REFRESH,
  });
  const [markAll, all] = useMutation(CasesMarkAllNotificationsReadMutation, {
    refetchQueries: REFRESH,
  });
  const [allDone, setAllDone] = useState(false);
  const list = data?.notifications;
  const pages = list ? Math.max(1, Math.ceil(list.total / PER_PAGE)) : 1;

  const readAll = async () => {
    try {
      await markAll();
      setAllDone(true);
    } catch {
      // Shown from the mutation's state below.
    }
  };

  const actions =
    list && list.unread > 0 ? (
      <Button
        variant="outlined"
        onClick={() => void readAll()}
        disabled={all.loading}
        startIcon={<DoneAllIcon aria-hidden />}
      >
        {t('markAll')}
      </Button>
    ) : undefined;

  return (
    <Page title={t('title')} intro={t('intro')} actions={actions}>
      <ErrorAlert error={error ?? one.error ?? all.error} onRetry={() => void refetch()} />
      <Notice said={allDone ? MARKED_ALL : undefined} t={t} onClose={() => setAllDone(false)} />
      {/* The bell counts the to-dos too: the person who follows it finds them here. */}
      <TodoList hideWhenEmpty />
      {loading && !data && <Loading />}
      {list && list.unread > 0 && (
        <Typography sx={{ mb: 1, fontWeight: 600 }}>
          {t('unreadCount', { count: list.unread })}
        </Typography>
      )}
      {list && list.items.length === 0 && <Typography>{t('empty')}</Typography>}
      {list && list.items.length > 0 && (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}>
          {list.items.map((notice) => (
            <li key={notice.id}>
              <NotificationItem
                notice={notice}
                busy={one.loading}
                onRead={(id) => void markRead({ variables: { id } }).catch(() => undefined)}
              />
            </li>
          ))}
        </Box>
      )}
      <PageLinks page={page} pages={pages} path="/notifications" label={t('pages')} />
    </Page>
  );
}
