import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import { summaryOf } from '../components/fieldProblems';
import type { SaveAmendmentDraftInput } from '../generated/graphql';
import type { WizardAmendment } from './steps';
import { restoredValues, useAutosave } from './useAutosave';

/**
 * A data step's form: it starts from what was typed before the session ended (else from the
 * draft), is saved as it is typed (useAutosave: the API's problems beside the fields), and lists
 * its problems in the fields' order for StepForm's error summary. `fields` names each form field
 * with the id its summary link moves to.
 */
export function useStepForm<T extends FieldValues>({
  amendment,
  step,
  defaults,
  fields,
  toInput,
  complete,
  fieldOf,
}: {
  amendment: WizardAmendment;
  step: string;
  defaults: DefaultValues<T>;
  fields: readonly { name: Path<T>; id: string }[];
  /** The step's part of `saveAmendmentDraft`'s input. */
  toInput: (values: T) => SaveAmendmentDraftInput;
  /** Saving waits (while typing) until this holds. */
  complete?: (values: T) => boolean;
  /** The form field an API field path (without `input.`) belongs to. */
  fieldOf: (path: string) => Path<T> | undefined;
}) {
  const form = useForm<T>({
    defaultValues: restoredValues<DefaultValues<T>>(amendment.id, step) ?? defaults,
  });
  const autosave = useAutosave({
    amendmentId: amendment.id,
    step,
    form,
    toInput,
    complete,
    fieldOf,
  });
  return { form, autosave, problems: summaryOf(form.formState.errors, fields) };
}
