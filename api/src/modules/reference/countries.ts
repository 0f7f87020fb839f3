import countries from 'i18n-iso-countries';

/** ISO 3166-1 alpha-2 codes (the package's list), named through the runtime's CLDR data. */
const CODES = Object.keys(countries.getAlpha2Codes()).sort();
const CODE_SET = new Set(CODES);

const zhTw = new Intl.DisplayNames(['zh-Hant-TW'], { type: 'region' });
const en = new Intl.DisplayNames(['en'], { type: 'region' });

// Names as Taiwan's own administration writes them, where CLDR's differ.
const OVERRIDES: Record<string, { zhTw?: string; en?: string }> = {
  HK: { zhTw: '香港', en: 'Hong Kong' },
  MO: { zhTw: '澳門', en: 'Macao' },
  TW: { zhTw: '中華民國（臺灣）', en: 'Taiwan (R.O.C.)' },
};

export interface CountryName {
  code: string;
  nameZhTw: string;
  nameEn: string;
}

export function isCountryCode(code: string): boolean {
  return CODE_SET.has(code);
}

export function countryName(code: string): CountryName {
  const override = OVERRIDES[code] ?? {};
  return {
    code,
    nameZhTw: override.zhTw ?? zhTw.of(code) ?? code,
    nameEn: override.en ?? en.of(code) ?? code,
  };
}

export function allCountries(): CountryName[] {
  return CODES.map(countryName);
}

/** Hong Kong and Macau residents pay a different fee (see fees/fee-schedule.ts). */
export const HONG_KONG_MACAU = new Set(['HK', 'MO']);
