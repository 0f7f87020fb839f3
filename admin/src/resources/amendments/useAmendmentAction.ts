import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useLogoutIfAccessDenied, useNotify, useRefresh } from 'react-admin';
import type { GoldcardDataProvider } from '../../dataProvider';
import { ApiError, toApiError } from '../../graphql/errors';
import { clearDrafts } from './useDraft';

export type AmendmentAction = (dataProvider: GoldcardDataProvider) => Promise<unknown>;

/** A decision refused as stale: what the API said of the case now, and the text not sent. */
export interface Conflict {
  params: Record<string, unknown>;
  unsent?: string;
}

/**
 * Runs one decision (claim, approve, …) and reports it: a success notice and a reload of the case,
 * or the API's message. A stale `version` (CONFLICT) is kept apart: the case is reloaded at once
 * and the page says who changed it, keeping any text the officer typed.
 */
export function useAmendmentAction(caseId: string) {
  const dataProvider = useDataProvider<GoldcardDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [conflict, setConflict] = useState<Conflict | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  // Nothing to cache: the answer is the case, which the page fetches again.
  const mutation = useMutation({
    mutationFn: (action: AmendmentAction) => action(dataProvider),
    gcTime: 0,
  });

  const run = async (
    action: AmendmentAction,
    done: string,
    unsent?: string,
  ): Promise<'done' | 'conflict' | 'failed'> => {
    setError(undefined);
    setConflict(undefined);
    try {
      await mutation.mutateAsync(action);
      if (unsent !== undefined) clearDrafts(caseId);
      notify(done, { type: 'success' });
      refresh();
      return 'done';
    } catch (failure) {
      const apiError = toApiError(failure);
      if (await logoutIfAccessDenied(apiError)) return 'failed';
      if (apiError.code === 'CONFLICT') {
        // The kept draft stays in sessionStorage too, until a decision goes through.
        setConflict({ params: apiError.params, unsent: unsent || undefined });
        refresh();
        return 'conflict';
      }
      setError(apiError);
      notify(apiError.message, { type: 'error' });
      return 'failed';
    }
  };

  return {
    run,
    pending: mutation.isPending,
    conflict,
    error,
    clearError: () => setError(undefined),
    dismissConflict: () => setConflict(undefined),
  };
}

export type AmendmentActionState = ReturnType<typeof useAmendmentAction>;
