import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiError } from '../graphql/errors';

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
    const path = problem.field.replace(/^input\./, '');
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
