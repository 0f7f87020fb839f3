import { useState, type BaseSyntheticEvent } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { ApiError, toApiError } from '../graphql/errors';
import { applyServerErrors } from './serverErrors';

interface Options<T extends FieldValues> {
  /** API field paths (without `input.`) that name one of the form's fields differently. */
  rename?: Record<string, Path<T>>;
  /**
   * Sees a refusal first: returns the error to put on the form (perhaps with the page's own
   * words, see withOwnMessages), or nothing when the page has dealt with it (e.g. an expired
   * link, which has its own message).
   */
  onError?: (error: ApiError) => ApiError | undefined | Promise<ApiError | undefined>;
}

/**
 * A form sent to the API: after the form's own checks, `send` runs with the values; if the API
 * refuses, each of its field problems goes beside its field, and `failure` is what the page
 * shows above the form: the error when it named no field, or the problems that have no field
 * on this form. Undefined when every problem found its field, and while a new attempt runs.
 * `known` lists the form's fields the API may name.
 */
export function useServerSubmit<T extends FieldValues>(
  form: Pick<UseFormReturn<T>, 'handleSubmit' | 'setError'>,
  known: readonly Path<T>[],
  send: (values: T) => Promise<unknown>,
  { rename, onError }: Options<T> = {},
): {
  submit: (event?: BaseSyntheticEvent) => Promise<void>;
  failure: ApiError | undefined;
  /** Forgets the failure (e.g. when its dialog is closed). */
  clearFailure: () => void;
} {
  const [failure, setFailure] = useState<ApiError>();
  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await send(values);
    } catch (caught) {
      const error = onError ? await onError(toApiError(caught)) : toApiError(caught);
      if (!error) return;
      const unplaced = applyServerErrors(error, form.setError, known, rename);
      if (error.fields.length === 0) setFailure(error);
      else if (unplaced.length > 0)
        setFailure(new ApiError(unplaced.join(' '), error.code, [], error.params));
    }
  });
  return { submit, failure, clearFailure: () => setFailure(undefined) };
}
