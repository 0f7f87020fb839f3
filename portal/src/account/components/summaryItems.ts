import type { FieldErrors, FieldValues, Path } from 'react-hook-form';
import type { SummaryProblem } from '../../components/ErrorSummary';
import { summaryOf } from '../../components/fieldProblems';
import type { SharedTranslate } from '../shared.messages';

export interface SummaryField<T extends FieldValues> {
  name: Path<T>;
  id: string;
  label: string;
}

/** The form's field problems in the fields' order, for the error summary, each naming its field. */
export function summaryItems<T extends FieldValues>(
  errors: FieldErrors<T>,
  fields: SummaryField<T>[],
  t: SharedTranslate,
): SummaryProblem[] {
  const labels = new Map(fields.map((field) => [field.id, field.label]));
  return summaryOf(errors, fields).map(({ id, message }) => {
    const label = labels.get(id) ?? '';
    // "Enter your email address" names its field already; the API's words may not.
    const named = message.toLowerCase().includes(label.toLowerCase());
    return { id, message: named ? message : t('fieldProblem', { label, message }) };
  });
}
