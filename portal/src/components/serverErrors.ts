import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../graphql/errors';

/** The API's field path without the `input.` prefix (`input.residence.line` → `residence.line`). */
export function apiPath(field: string): string {
  return field.replace(/^input\./, '');
}

/**
 * Puts each of the API's field problems beside its field on the form. The API names fields by
 * their input path (`input.passport.number`); `known` lists the form's own field names and
 * `rename` maps API paths that differ (both without the leading `input.`). Problems with no
 * field on this form are returned, for the page to show above the form.
 */
export function applyServerErrors<T extends FieldValues>(
  error: ApiError,
  setError: UseFormSetError<T>,
  known: readonly Path<T>[],
  rename: Record<string, Path<T>> = {},
): string[] {
  const unplaced: string[] = [];
  let focus = true;
  for (const problem of error.fields) {
    const path = apiPath(problem.field);
    const target =
      rename[path] ?? (known.includes(path as Path<T>) ? (path as Path<T>) : undefined);
    if (target) {
      setError(target, { type: 'server', message: problem.message }, { shouldFocus: focus });
      focus = false;
    } else {
      unplaced.push(problem.message);
    }
  }
  return unplaced;
}

/**
 * The API's per-field problems with some messages replaced by the page's own, where the API's
 * generic words ("This value is not allowed.") would not tell the person what to do.
 * `overrides` maps an API field path (`input.grantee`) and problem code to the message.
 */
export function withOwnMessages(
  error: ApiError,
  overrides: Record<string, Record<string, string>>,
): ApiError {
  return new ApiError(
    error.message,
    error.code,
    error.fields.map((f) => {
      const own = overrides[f.field]?.[f.problem];
      return own ? { ...f, message: own } : f;
    }),
    error.params,
  );
}
