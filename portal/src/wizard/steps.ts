import type { AmendmentItem, WizardAmendmentFieldsFragment } from '../generated/graphql';

export type WizardAmendment = WizardAmendmentFieldsFragment;

/** The wizard's steps, in order, as they appear in the address (`/amendments/:id/edit/:step`). */
export const STEP_KEYS = [
  'items',
  'basic',
  'passport',
  'residence',
  'ui-number',
  'documents',
  'review',
] as const;
export type StepKey = (typeof STEP_KEYS)[number];

export function isStepKey(value: string | undefined): value is StepKey {
  return (STEP_KEYS as readonly string[]).includes(value ?? '');
}

const BASIC: readonly AmendmentItem[] = ['NAME', 'SEX', 'EMAIL', 'MOBILE'];
const RESIDENCE: readonly AmendmentItem[] = ['RESIDENCE_ADDRESS', 'COLLECTION_PLACE'];
const UI_NUMBER: readonly AmendmentItem[] = ['UI_NUMBER_NEW_FORMAT', 'UI_NUMBER_PERSONAL_REASON'];

/**
 * The steps the selected items unlock (the seed's tabs): "what changes" and "check and submit"
 * always; the data steps only for what is selected; documents only when some are needed.
 */
export function stepsFor(amendment: WizardAmendment): StepKey[] {
  const has = (list: readonly AmendmentItem[]) => amendment.items.some((i) => list.includes(i));
  return STEP_KEYS.filter((key) => {
    switch (key) {
      case 'basic':
        return has(BASIC);
      case 'passport':
        return has(['PASSPORT']);
      case 'residence':
        return has(RESIDENCE);
      case 'ui-number':
        return has(UI_NUMBER);
      case 'documents':
        return amendment.checklist.length > 0;
      default:
        return true;
    }
  });
}

/** Whether a step already holds what it asks for (a tick in the stepper). */
export function stepDone(key: StepKey, amendment: WizardAmendment): boolean {
  const changed = new Set(amendment.changes.map((c) => c.field));
  switch (key) {
    case 'items':
      return amendment.items.length > 0;
    case 'basic':
      return ['englishSurname', 'englishGivenName', 'chineseName', 'sex', 'email', 'mobile'].some(
        (f) => changed.has(f),
      );
    case 'passport':
      return changed.has('passport');
    case 'residence':
      return changed.has('residence') || changed.has('collectionPlaceCode');
    case 'documents':
      return amendment.checklist.every((entry) => entry.uploaded > 0);
    default:
      return false;
  }
}

/** The step where the API's field path is filled in, for links from problems on review. */
export function stepOfField(field: string): StepKey {
  const path = field.replace(/^input\./, '');
  if (path.startsWith('documents')) return 'documents';
  if (path.startsWith('passport') || path === 'items.PASSPORT') return 'passport';
  if (/^(residence|collectionPlace)|^items\.(RESIDENCE_ADDRESS|COLLECTION_PLACE)/.test(path))
    return 'residence';
  if (/^(name|english|chinese|sex|email|mobile)|^items\.(NAME|SEX|EMAIL|MOBILE)/.test(path))
    return 'basic';
  return 'items';
}

export function stepPath(id: string, key: StepKey): string {
  return `/amendments/${id}/edit/${key}`;
}
