import {
  generateNewFormatUiNumber,
  generateOldFormatUiNumber,
  type Sex,
} from '../../modules/cardholders/ui-number.js';
import { SeededRandom } from './random.js';
import { ADDRESS_POOLS, EXPERTISE_CODES, NAME_POOLS, OCCUPATIONS } from './pools.js';

const EDUCATION = ['DOCTORATE', 'MASTER', 'MASTER', 'BACHELOR', 'BACHELOR', 'ASSOCIATE'] as const;
const MARITAL = ['SINGLE', 'SINGLE', 'MARRIED', 'MARRIED', 'DIVORCED', 'WIDOWED'] as const;

export interface UiNumberRecord {
  uiNumber: string;
  format: 'OLD' | 'NEW';
  assignedOn: string;
  replacedOn: string | null;
  replacedReason: string | null;
}

export interface CardRecord {
  id: string;
  uiNumber: string;
  fieldOfExpertiseCode: string;
  validFrom: string;
  validUntil: string;
  collectionPlaceCode: string;
  status: 'ACTIVE' | 'SUPERSEDED';
  issuedAt: string;
}

/** One holder as plain data, ready for a bulk insert. */
export interface HolderRecord {
  id: string;
  uiNumber: string;
  birthDate: string;
  englishSurname: string;
  englishGivenName: string;
  chineseName: string | null;
  sex: Sex;
  nationalityCode: string;
  birthplaceCountryCode: string;
  birthplaceCity: string;
  occupation: string;
  education: string;
  maritalStatus: string;
  email: string;
  mobile: string | null;
  homeCountryAddress: string;
  homeCountryPhone: string;
  otherNationalityCode: string | null;
  hongKongMacauResident: boolean;
  passport: { number: string; issuingCountryCode: string; issueDate: string; expiryDate: string };
  residence: { postalCode: string; city: string; district: string; line: string };
  uiNumbers: UiNumberRecord[];
  cards: CardRecord[];
}

function addYears(date: string, years: number, days = 0): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Holder number `index` of the data set `seed`: always the same holder, whatever the data set's
 * size. `taken` holds UI numbers used so far, so a rare random collision is drawn again.
 */
export function generateHolder(seed: number, index: number, taken: Set<string>): HolderRecord {
  const r = SeededRandom.forRecord(seed, index);
  const rand = (max: number) => r.int(max);
  const pool = r.pick(NAME_POOLS);
  const sex: Sex = r.chance(0.5) ? 'MALE' : 'FEMALE';
  const surname = r.pick(pool.surnames);
  const given = r.pick(pool.givenNames);
  const address = r.pick(ADDRESS_POOLS);

  const draw = (make: () => string) => {
    let value = make();
    while (taken.has(value)) value = make();
    taken.add(value);
    return value;
  };
  // Old-format numbers were issued until 2021; about a third of holders switched since.
  const firstIssued = r.date(2018, 2025);
  const uiNumbers: UiNumberRecord[] = [];
  let current: string;
  if (firstIssued < '2021-01-02') {
    const old = draw(() => generateOldFormatUiNumber(sex, rand));
    if (r.chance(0.35)) {
      const switched = r.date(2021, 2025);
      current = draw(() => generateNewFormatUiNumber(sex, rand));
      uiNumbers.push(
        {
          uiNumber: current,
          format: 'NEW',
          assignedOn: switched,
          replacedOn: null,
          replacedReason: null,
        },
        {
          uiNumber: old,
          format: 'OLD',
          assignedOn: firstIssued,
          replacedOn: switched,
          replacedReason: 'NEW_FORMAT',
        },
      );
    } else {
      current = old;
      uiNumbers.push({
        uiNumber: old,
        format: 'OLD',
        assignedOn: firstIssued,
        replacedOn: null,
        replacedReason: null,
      });
    }
  } else {
    current = draw(() => generateNewFormatUiNumber(sex, rand));
    uiNumbers.push({
      uiNumber: current,
      format: 'NEW',
      assignedOn: firstIssued,
      replacedOn: null,
      replacedReason: null,
    });
  }

  const validFrom = r.date(2024, 2026);
  const validUntil = addYears(validFrom, r.between(1, 3), -1);
  const cards: CardRecord[] = [
    {
      id: r.uuid(),
      uiNumber: current,
      fieldOfExpertiseCode: r.pick(EXPERTISE_CODES),
      validFrom,
      validUntil,
      collectionPlaceCode: address.centre,
      status: 'ACTIVE',
      issuedAt: `${validFrom}T02:00:00.000Z`,
    },
  ];
  const passportIssue = r.date(2016, 2025);
  const emailName = `${given}.${surname}`.toLowerCase().replace(/[^a-z.]/g, '');
  return {
    id: r.uuid(),
    uiNumber: current,
    birthDate: r.date(1960, 2000),
    englishSurname: surname,
    englishGivenName: given,
    chineseName: pool.chineseNames.length && r.chance(0.6) ? r.pick(pool.chineseNames) : null,
    sex,
    nationalityCode: pool.nationality,
    birthplaceCountryCode: pool.nationality,
    birthplaceCity: r.pick(pool.cities),
    occupation: r.pick(OCCUPATIONS),
    education: r.pick(EDUCATION),
    maritalStatus: r.pick(MARITAL),
    email: `${emailName}.${index}@demo.example`,
    mobile: r.chance(0.85) ? `09${r.digits(8)}` : null,
    homeCountryAddress: `${r.between(1, 999)} ${r.pick(['MAIN', 'PARK', 'HILL', 'RIVER'])} STREET, ${r.pick(pool.cities)}`,
    homeCountryPhone: `${pool.phonePrefix} ${r.digits(3)} ${r.digits(4)} ${r.digits(3)}`,
    otherNationalityCode: r.chance(0.05) ? 'CA' : null,
    hongKongMacauResident: pool.nationality === 'HK' || pool.nationality === 'MO',
    passport: {
      number: `${String.fromCharCode(65 + r.int(26))}${r.digits(8)}`,
      issuingCountryCode: pool.nationality,
      issueDate: passportIssue,
      expiryDate: addYears(passportIssue, 10, -1),
    },
    residence: {
      postalCode: address.postalCode,
      city: address.city,
      district: address.district,
      line: `${r.pick(address.streets)}${r.between(1, 300)}號${r.between(2, 20)}樓`,
    },
    uiNumbers,
    cards,
  };
}
