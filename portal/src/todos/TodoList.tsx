import { useQuery } from '@apollo/client';
import { Box, Typography } from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { useMessages } from '../i18n/locale';
import { TodoItemCard } from './TodoItemCard';
import { TodosListQuery } from './todos.graphql';
import { todoMessages } from './todos.messages';

/**
 * The signed-in person's to-do list (待辦事項), asked again each time it is shown: paying or
 * answering elsewhere takes an item off. `hideWhenEmpty` where the list is a side note (above the
 * notifications) rather than the page's own news.
 */
export function TodoList({ hideWhenEmpty = false }: { hideWhenEmpty?: boolean }) {
  const t = useMessages(todoMessages);
  const { data, loading, error, refetch } = useQuery(TodosListQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const todos = data?.todos;
  if (hideWhenEmpty && (!todos || todos.length === 0)) return null;
  return (
    <Box component="section" aria-labelledby="todos-title" sx={{ mb: 4 }}>
      <Typography id="todos-title" component="h2" variant="h6">
        {t('title')}
      </Typography>
      <Typography sx={{ mb: 1, color: 'text.secondary' }}>{t('intro')}</Typography>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {loading && !data && <Loading />}
      {todos && todos.length === 0 && <Typography>{t('empty')}</Typography>}
      {todos && todos.length > 0 && (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1 }}>
          {todos.map((item, index) => (
            <li key={`${item.kind}-${item.amendmentId ?? index}`}>
              <TodoItemCard item={item} />
            </li>
          ))}
        </Box>
      )}
    </Box>
  );
}
