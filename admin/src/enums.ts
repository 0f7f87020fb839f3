import type {
  AmendmentItem,
  AmendmentStatus,
  AssignmentFilter,
  DocumentType,
  Role,
} from './generated/graphql';

/** The API's enums in the order the console lists them; labels live in i18n under goldcard.*. */
export const AMENDMENT_STATUSES: AmendmentStatus[] = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'SUPPLEMENT_REQUESTED',
  'APPROVED',
  'REJECTED',
  'WITHDRAWN',
  'CARD_READY',
  'CARD_COLLECTED',
];

export const AMENDMENT_ITEMS: AmendmentItem[] = [
  'NAME',
  'SEX',
  'PASSPORT',
  'COLLECTION_PLACE',
  'RESIDENCE_ADDRESS',
  'EMAIL',
  'MOBILE',
  'UI_NUMBER_NEW_FORMAT',
  'UI_NUMBER_PERSONAL_REASON',
];

export const DOCUMENT_TYPES: DocumentType[] = [
  'PROOF_OF_ADDRESS',
  'PASSPORT',
  'PHOTO',
  'CURRENT_CARD',
  'NAME_CHANGE_PROOF',
  'SEX_CHANGE_PROOF',
  'UI_NUMBER_CHANGE_STATEMENT',
  'MANDATE',
  'FINE_RECEIPT',
  'OTHER',
];

export const ASSIGNMENTS: AssignmentFilter[] = ['ANY', 'MINE', 'UNASSIGNED'];
export const STAFF_ROLES: Role[] = ['OFFICER', 'SUPERVISOR'];

/** react-admin choices whose names are translation keys (inputs translate them). */
export const choices = (group: string, values: readonly string[]) =>
  values.map((value) => ({ id: value, name: `goldcard.${group}.${value}` }));
