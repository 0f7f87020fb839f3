import { Link as RouterLink, useSearchParams } from 'react-router';
import { Box, Pagination, PaginationItem } from '@mui/material';
import { useMessages } from '../i18n/locale';
import { pageLinkMessages } from './pageLinks.messages';

/** The page asked for in `?page=N` (1 when absent or not a number). */
export function usePageParam(): number {
  const [params] = useSearchParams();
  return Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
}

/**
 * Links to the pages of a long list (`path?page=N`, the first without the parameter), so that
 * each page has its own address and the browser's back button works. Nothing when one page.
 */
export function PageLinks({
  page,
  pages,
  path,
  label,
}: {
  page: number;
  pages: number;
  path: string;
  /** What the pages are of, for screen readers ("Notification pages"). */
  label: string;
}) {
  const t = useMessages(pageLinkMessages);
  if (pages <= 1) return null;
  return (
    <Box sx={{ mt: 3, display: 'flex', justifyContent: 'center' }}>
      <Pagination
        aria-label={label}
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
            to={item.page && item.page > 1 ? `${path}?page=${item.page}` : path}
            {...item}
          />
        )}
      />
    </Box>
  );
}
