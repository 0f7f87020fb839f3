import { useEffect } from 'react';
import { Box, Tab, Tabs } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useListContext, useLocaleState, useTranslate } from 'react-admin';
import { visuallyHidden } from '../../a11y';
import type { GoldcardDataProvider } from '../../dataProvider';
import { activeTab, formatCount, TABS, withTab, type QueueTab } from './savedFilters';

const countSx = {
  display: 'inline-block',
  ml: 1,
  px: 0.75,
  minWidth: 24,
  borderRadius: 3,
  bgcolor: 'action.selected',
  color: 'text.primary',
  fontSize: '0.8125rem',
  fontVariantNumeric: 'tabular-nums',
} as const;

export const QUEUE_REFRESH_MS = 60_000;
const WORK_EVENTS = ['keydown', 'pointerdown', 'input', 'wheel'] as const;

/**
 * Calls `refetch` every `intervalMs` while the officer works in the console. Every request
 * extends the session (api/src/modules/accounts/session.service.ts), so a console left alone must
 * stop asking, or it would never sign out.
 */
function useRefetchWhileWorking(refetch: () => unknown, intervalMs: number) {
  useEffect(() => {
    let worked = false;
    const onWork = () => {
      worked = true;
    };
    for (const name of WORK_EVENTS) {
      document.addEventListener(name, onWork, { capture: true, passive: true });
    }
    const timer = window.setInterval(() => {
      if (!worked || document.visibilityState !== 'visible') return;
      worked = false;
      void refetch();
    }, intervalMs);
    return () => {
      window.clearInterval(timer);
      for (const name of WORK_EVENTS) document.removeEventListener(name, onWork, { capture: true });
    };
  }, [refetch, intervalMs]);
}

/**
 * Every work queue with its count (`caseQueues`, one request). react-admin's refresh after an
 * action reloads it with the list; so does a minute of work in the console.
 */
export function useCaseQueues() {
  const dataProvider = useDataProvider<GoldcardDataProvider>();
  const query = useQuery({
    queryKey: ['caseQueues'],
    queryFn: () => dataProvider.caseQueues(),
  });
  useRefetchWhileWorking(query.refetch, QUEUE_REFRESH_MS);
  return query;
}

/**
 * "All" and the seven work queues as tabs, each named with its count ("To claim, 4 cases"). The tab is the list
 * filter's `queue`, kept in the address. Scrollable on a phone.
 */
export function QueueTabs() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const list = useListContext();
  const { data } = useCaseQueues();
  const counts = new Map(data?.map((q) => [q.queue, q]));
  const filterValues = list.filterValues as Record<string, unknown>;
  const displayedFilters = list.displayedFilters as Record<string, boolean>;
  const change = (tab: QueueTab) => {
    list.onUnselectItems();
    list.setFilters(withTab(filterValues, tab), displayedFilters);
  };
  return (
    <Tabs
      value={activeTab(filterValues)}
      onChange={(_, tab: QueueTab) => change(tab)}
      aria-label={translate('goldcard.queues.label')}
      variant="scrollable"
      scrollButtons="auto"
      allowScrollButtonsMobile
      sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}
      data-testid="queue-tabs"
    >
      {TABS.map((tab) => {
        const label = translate(`goldcard.queues.${tab}`);
        const queue = tab === 'ALL' ? undefined : counts.get(tab);
        const count = formatCount(queue, locale);
        return (
          <Tab
            key={tab}
            value={tab}
            data-testid={`tab-${tab}`}
            data-count={queue?.count}
            label={
              <Box component="span">
                {label}
                {/* Read as "To claim, 4 cases": the words around the number are for screen readers. */}
                {count && (
                  <>
                    <Box component="span" sx={visuallyHidden}>
                      {translate('goldcard.queues.count_before')}
                    </Box>
                    <Box component="span" sx={countSx}>
                      {count}
                    </Box>
                    <Box component="span" sx={visuallyHidden}>
                      {translate('goldcard.queues.count_after')}
                    </Box>
                  </>
                )}
              </Box>
            }
          />
        );
      })}
    </Tabs>
  );
}
