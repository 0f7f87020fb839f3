import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useLogoutIfAccessDenied, useNotify, useRefresh } from 'react-admin';
import type { GoldcardDataProvider } from '../../dataProvider';
import { ApiError, toApiError } from '../../graphql/errors';

export type AmendmentAction = (dataProvider: GoldcardDataProvider) => Promise<unknown>;

/**
 * Runs one decision (claim, approve, …) and reports it: a success notice and a reload of the case,
 * or the API's message. A stale `version` (CONFLICT) is kept apart: the page offers a reload.
 */
export function useAmendmentAction() {
  const dataProvider = useDataProvider<GoldcardDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [conflict, setConflict] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  // Nothing to cache: the answer is the case, which the page fetches again.
  const mutation = useMutation({
    mutationFn: (action: AmendmentAction) => action(dataProvider),
    gcTime: 0,
  });

  const run = async (
    action: AmendmentAction,
    done: string,
  ): Promise<'done' | 'conflict' | 'failed'> => {
    setError(undefined);
    try {
      await mutation.mutateAsync(action);
      notify(done, { type: 'success' });
      refresh();
      return 'done';
    } catch (failure) {
      const apiError = toApiError(failure);
      if (await logoutIfAccessDenied(apiError)) return 'failed';
      if (apiError.code === 'CONFLICT') {
        setConflict(true);
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
    reload: () => {
      setConflict(false);
      setError(undefined);
      refresh();
    },
  };
}

export type AmendmentActionState = ReturnType<typeof useAmendmentAction>;
