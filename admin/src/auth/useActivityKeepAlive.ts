import { useEffect } from 'react';
import { ops } from '../graphql/operations';
import { request } from '../graphql/request';
import { currentSessionState, msSinceActivity } from './session';

/**
 * The API slides a session's idle expiry on any request but `session`, at most once a minute
 * (api/src/modules/accounts/session.service.ts): reading and typing make no request, so without this an officer writing
 * a long rejection reason is signed out mid-sentence.
 */
export const KEEP_ALIVE_MS = 60_000;

const EVENTS = ['keydown', 'pointerdown', 'input', 'wheel'] as const;

/**
 * Typing, clicking and scrolling in the console count as activity: at most once a minute (and
 * only when no other request did it meanwhile) they make a real request (`me`), which extends the
 * session; the countdown then reads the new expiry.
 */
export function useActivityKeepAlive(): void {
  useEffect(() => {
    let inFlight = false;
    const onActivity = () => {
      if (inFlight || msSinceActivity() < KEEP_ALIVE_MS) return;
      if (currentSessionState()?.status !== 'active') return;
      inFlight = true;
      request(ops.me, {})
        .catch(() => undefined) // an ended session is the countdown's business
        .finally(() => {
          inFlight = false;
        });
    };
    for (const name of EVENTS) {
      document.addEventListener(name, onActivity, { capture: true, passive: true });
    }
    return () => {
      for (const name of EVENTS) document.removeEventListener(name, onActivity, { capture: true });
    };
  }, []);
}
