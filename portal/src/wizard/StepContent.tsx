import { BasicStep } from './BasicStep';
import { DocumentsStep } from './DocumentsStep';
import { ItemsStep } from './ItemsStep';
import { PassportStep } from './PassportStep';
import { ResidenceStep } from './ResidenceStep';
import { ReviewStep } from './ReviewStep';
import type { StepNav } from './StepForm';
import type { StepKey, WizardAmendment } from './steps';
import { UiNumberStep } from './UiNumberStep';

/** The form of one step. */
export function StepContent({
  amendment,
  step,
  nav,
}: {
  amendment: WizardAmendment;
  step: StepKey;
  nav: StepNav;
}) {
  const props = { amendment, nav };
  switch (step) {
    case 'items':
      return <ItemsStep {...props} />;
    case 'basic':
      return <BasicStep {...props} />;
    case 'passport':
      return <PassportStep {...props} />;
    case 'residence':
      return <ResidenceStep {...props} />;
    case 'ui-number':
      return <UiNumberStep {...props} />;
    case 'documents':
      return <DocumentsStep {...props} />;
    case 'review':
      return <ReviewStep {...props} />;
  }
}
