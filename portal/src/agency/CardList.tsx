import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';

/**
 * A titled section listing records as cards, two abreast on wide screens (a real list for screen
 * readers). `items` undefined: not read yet (`loading`) or not readable (`error`, with retry).
 */
export function CardList<T extends { id: string }>({
  titleId,
  title,
  empty,
  items,
  render,
  loading = false,
  error,
  onRetry,
}: {
  titleId: string;
  title: string;
  empty?: string;
  items: readonly T[] | undefined;
  render: (item: T) => ReactNode;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
}) {
  return (
    <Box component="section" aria-labelledby={titleId} sx={{ mb: 4 }}>
      <Typography id={titleId} component="h2" variant="h6" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <ErrorAlert error={error} onRetry={onRetry} />
      {loading && !items && <Loading />}
      {items?.length === 0 && <Typography>{empty}</Typography>}
      {items && items.length > 0 && (
        <Box
          component="ul"
          sx={{
            listStyle: 'none',
            p: 0,
            m: 0,
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
          }}
        >
          {items.map((item) => (
            <li key={item.id}>{render(item)}</li>
          ))}
        </Box>
      )}
    </Box>
  );
}
