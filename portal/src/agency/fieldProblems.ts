import { ApiError } from '../graphql/errors';
import type { Problem } from './ErrorSummary';

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

/** The form's current problems, in the order of its fields, for the error summary. */
export function problemsOf(
  errors: Partial<Record<string, { message?: string } | undefined>>,
  fieldIds: Record<string, string>,
): Problem[] {
  return Object.entries(fieldIds).flatMap(([name, fieldId]) => {
    const message = errors[name]?.message;
    return message ? [{ fieldId, message }] : [];
  });
}
