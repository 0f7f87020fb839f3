import type { FieldErrors, FieldValues } from 'react-hook-form';
import type { SummaryProblem } from './ErrorSummary';

/**
 * The form's problems in the order the fields appear, for the error summary; `fields` maps each
 * form field name to the id of its input (the summary's link target).
 */
export function summaryOf<T extends FieldValues>(
  errors: FieldErrors<T>,
  fields: readonly { name: string; id: string }[],
): SummaryProblem[] {
  const problems: SummaryProblem[] = [];
  for (const { name, id } of fields) {
    const message = (errors as Record<string, { message?: unknown } | undefined>)[name]?.message;
    if (typeof message === 'string' && message) problems.push({ id, message });
  }
  return problems;
}

/** The API's field path without the `input.` prefix (`input.residence.line` → `residence.line`). */
export function apiPath(field: string): string {
  return field.replace(/^input\./, '');
}
