import { registerEnumType } from 'type-graphql';

/** What an amendment changes (API-CONTRACT.md). */
export enum AmendmentItem {
  NAME = 'NAME',
  SEX = 'SEX',
  PASSPORT = 'PASSPORT',
  COLLECTION_PLACE = 'COLLECTION_PLACE',
  RESIDENCE_ADDRESS = 'RESIDENCE_ADDRESS',
  EMAIL = 'EMAIL',
  MOBILE = 'MOBILE',
  UI_NUMBER_NEW_FORMAT = 'UI_NUMBER_NEW_FORMAT',
  UI_NUMBER_PERSONAL_REASON = 'UI_NUMBER_PERSONAL_REASON',
}
registerEnumType(AmendmentItem, {
  name: 'AmendmentItem',
  description: 'One kind of change an amendment asks for',
  valuesConfig: {
    NAME: { description: 'Chinese or English name (中英文姓名)' },
    SEX: { description: 'Sex (性別)' },
    PASSPORT: { description: 'Passport number and dates (護照號碼)' },
    COLLECTION_PLACE: { description: 'Where to collect the card (領證地點)' },
    RESIDENCE_ADDRESS: { description: 'Residence address in Taiwan (居留地址)' },
    EMAIL: { description: 'Email address' },
    MOBILE: { description: 'Taiwan mobile number (手機號碼)' },
    UI_NUMBER_NEW_FORMAT: { description: 'Switch to the new-format UI number (no extra fee)' },
    UI_NUMBER_PERSONAL_REASON: {
      description: 'New UI number for personal reasons, e.g. an indecent meaning',
    },
  },
});

export enum DocumentType {
  PROOF_OF_ADDRESS = 'PROOF_OF_ADDRESS',
  PASSPORT = 'PASSPORT',
  PHOTO = 'PHOTO',
  CURRENT_CARD = 'CURRENT_CARD',
  NAME_CHANGE_PROOF = 'NAME_CHANGE_PROOF',
  SEX_CHANGE_PROOF = 'SEX_CHANGE_PROOF',
  UI_NUMBER_CHANGE_STATEMENT = 'UI_NUMBER_CHANGE_STATEMENT',
  MANDATE = 'MANDATE',
  FINE_RECEIPT = 'FINE_RECEIPT',
  OTHER = 'OTHER',
}
registerEnumType(DocumentType, {
  name: 'DocumentType',
  description: 'What an uploaded document is',
  valuesConfig: {
    PROOF_OF_ADDRESS: { description: 'Lease, or water or electricity bill, in the holder’s name' },
    PASSPORT: { description: 'Data page of the (new) passport' },
    PHOTO: { description: 'Photo taken within the last 6 months, at least 413×531 px' },
    CURRENT_CARD: { description: 'Both sides of the current Gold Card' },
    NAME_CHANGE_PROOF: { description: 'Official proof of the name change' },
    SEX_CHANGE_PROOF: { description: 'Official proof of the change of sex' },
    UI_NUMBER_CHANGE_STATEMENT: {
      description: 'Signed statement of the reason for a new UI number',
    },
    MANDATE: { description: 'Signed power of attorney for an agency or employer' },
    FINE_RECEIPT: { description: 'Receipt of a fine paid for late filing' },
    OTHER: { description: 'Anything else an officer asked for' },
  },
});

/** Sections of the wizard (the seed's tabs) whose fields an item unlocks. */
export type FieldGroup =
  'NAME' | 'SEX' | 'PASSPORT' | 'COLLECTION_PLACE' | 'RESIDENCE' | 'EMAIL' | 'MOBILE';

export interface ItemRule {
  /** Fields the requested values may change for this item. */
  unlocks: readonly FieldGroup[];
  /** Documents that must be uploaded before submitting. */
  documents: readonly DocumentType[];
  /** Whether approving it prints a new card. */
  printsCard: boolean;
  /** Whether an officer must review it (contact-only changes can complete on email confirmation). */
  needsReview: boolean;
}

/**
 * What each change unlocks, needs and causes. Data, not code paths: the wizard, the checklist
 * shown before upload, the submit check and the fee all read this one table.
 */
export const ITEM_RULES: Readonly<Record<AmendmentItem, ItemRule>> = {
  NAME: {
    unlocks: ['NAME'],
    documents: [DocumentType.NAME_CHANGE_PROOF, DocumentType.PASSPORT, DocumentType.PHOTO],
    printsCard: true,
    needsReview: true,
  },
  SEX: {
    unlocks: ['SEX'],
    documents: [DocumentType.SEX_CHANGE_PROOF, DocumentType.PHOTO],
    printsCard: true,
    needsReview: true,
  },
  PASSPORT: {
    unlocks: ['PASSPORT'],
    documents: [DocumentType.PASSPORT],
    printsCard: true,
    needsReview: true,
  },
  COLLECTION_PLACE: {
    unlocks: ['COLLECTION_PLACE'],
    documents: [],
    printsCard: false,
    needsReview: true,
  },
  RESIDENCE_ADDRESS: {
    unlocks: ['RESIDENCE', 'COLLECTION_PLACE'],
    documents: [
      DocumentType.PROOF_OF_ADDRESS,
      DocumentType.PASSPORT,
      DocumentType.CURRENT_CARD,
      DocumentType.PHOTO,
    ],
    printsCard: true,
    needsReview: true,
  },
  EMAIL: { unlocks: ['EMAIL'], documents: [], printsCard: false, needsReview: false },
  MOBILE: { unlocks: ['MOBILE'], documents: [], printsCard: false, needsReview: false },
  UI_NUMBER_NEW_FORMAT: { unlocks: [], documents: [], printsCard: true, needsReview: true },
  UI_NUMBER_PERSONAL_REASON: {
    unlocks: [],
    documents: [DocumentType.UI_NUMBER_CHANGE_STATEMENT, DocumentType.CURRENT_CARD],
    printsCard: true,
    needsReview: true,
  },
};

export function requiredDocuments(items: readonly AmendmentItem[]): DocumentType[] {
  return [...new Set(items.flatMap((item) => ITEM_RULES[item].documents))];
}

export function printsCard(items: readonly AmendmentItem[]): boolean {
  return items.some((item) => ITEM_RULES[item].printsCard);
}
