import { useEffect } from 'react';
import { useQuery } from '@apollo/client';
import { onApiResponse } from '../graphql/client';
import { CasesUnreadCountQuery } from './cases.graphql';

const POLL_MS = 60_000;
const OWN_OPERATION = 'CasesUnreadCount';
/** Reading the session for the countdown is not the person's doing either. */
const PASSIVE_OPERATIONS = new Set([OWN_OPERATION, 'PortalSession']);

/** What the bell counts: unread notices, and the to-dos waiting for the person. */
export interface BellCounts {
  unread: number;
  todos: number;
}

/**
 * The counts for the bell, asked again every 60 s, but only while the tab is visible and
 * the person has done something since the last time. Any GraphQL request extends the session
 * (only `session` itself does not), so a blind poll would keep an abandoned tab signed in for
 * ever and defeat the 30-minute idle logout. "Done something" means a request of their own
 * (another operation, an upload): the bell then never extends a session the person's own
 * activity would not have.
 */
export function useUnreadCount(enabled: boolean): BellCounts {
  const { data, refetch } = useQuery(CasesUnreadCountQuery, {
    skip: !enabled,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });

  useEffect(() => {
    if (!enabled) return;
    let lastAsked = Date.now();
    let lastActivity = 0;
    const off = onApiResponse((info) => {
      if (info.operationName && PASSIVE_OPERATIONS.has(info.operationName)) return;
      lastActivity = Date.now();
    });
    const ask = () => {
      if (document.visibilityState !== 'visible' || lastActivity <= lastAsked) return;
      lastAsked = Date.now();
      void refetch().catch(() => undefined);
    };
    const timer = setInterval(ask, POLL_MS);
    document.addEventListener('visibilitychange', ask);
    return () => {
      off();
      clearInterval(timer);
      document.removeEventListener('visibilitychange', ask);
    };
  }, [enabled, refetch]);

  return { unread: data?.notifications.unread ?? 0, todos: data?.todos.length ?? 0 };
}
