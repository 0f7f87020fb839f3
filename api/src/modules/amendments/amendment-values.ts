/**
 * The holder's amendable data as plain JSON: `current` is a snapshot taken when the draft
 * starts, `requested` is what the filer asks for. Only fields unlocked by the selected items may
 * differ between the two.
 */
export interface AmendmentValues {
  englishSurname: string;
  englishGivenName: string;
  chineseName: string | null;
  sex: 'MALE' | 'FEMALE';
  passport: { number: string; issuingCountryCode: string; issueDate: string; expiryDate: string };
  residence: { postalCode: string | null; city: string; district: string; line: string };
  collectionPlaceCode: string | null;
  email: string;
  mobile: string | null;
}

/** Read-only context shown beside the values (not amendable here). */
export interface HolderContext {
  uiNumber: string;
  birthDate: string;
  nationalityCode: string;
  hongKongMacauResident: boolean;
  fieldOfExpertiseCode: string | null;
}

export type FieldGroupValues = {
  NAME: Pick<AmendmentValues, 'englishSurname' | 'englishGivenName' | 'chineseName'>;
  SEX: Pick<AmendmentValues, 'sex'>;
  PASSPORT: Pick<AmendmentValues, 'passport'>;
  RESIDENCE: Pick<AmendmentValues, 'residence'>;
  COLLECTION_PLACE: Pick<AmendmentValues, 'collectionPlaceCode'>;
  EMAIL: Pick<AmendmentValues, 'email'>;
  MOBILE: Pick<AmendmentValues, 'mobile'>;
};

/** Which keys of AmendmentValues each field group owns. */
export const GROUP_KEYS: { [G in keyof FieldGroupValues]: (keyof AmendmentValues)[] } = {
  NAME: ['englishSurname', 'englishGivenName', 'chineseName'],
  SEX: ['sex'],
  PASSPORT: ['passport'],
  RESIDENCE: ['residence'],
  COLLECTION_PLACE: ['collectionPlaceCode'],
  EMAIL: ['email'],
  MOBILE: ['mobile'],
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The keys whose requested value differs from the current one. */
export function changedKeys(
  current: AmendmentValues,
  requested: AmendmentValues,
): (keyof AmendmentValues)[] {
  return (Object.keys(current) as (keyof AmendmentValues)[]).filter(
    (k) => !same(current[k], requested[k]),
  );
}
