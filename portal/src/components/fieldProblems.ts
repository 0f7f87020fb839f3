import type { FieldErrors, FieldValues } from 'react-hook-form';
import type { SummaryProblem } from './ErrorSummary';

type FieldList = readonly { name: string; id: string }[];
type FieldIds = FieldList | Readonly<Record<string, string>>;

const isList = (fields: FieldIds): fields is FieldList => Array.isArray(fields);

/**
 * The form's problems in the order its fields appear, for the error summary. `fields` gives
 * each form field's name and the id of its input (or of the box around a group: the summary's
 * link target), as a list or as an object `{ name: id }` in the fields' order.
 */
export function summaryOf<T extends FieldValues>(
  errors: FieldErrors<T>,
  fields: FieldIds,
): SummaryProblem[] {
  const list = isList(fields) ? fields : Object.entries(fields).map(([name, id]) => ({ name, id }));
  return list.flatMap(({ name, id }) => {
    const message = (errors as Record<string, { message?: unknown } | undefined>)[name]?.message;
    return typeof message === 'string' && message ? [{ id, message }] : [];
  });
}
