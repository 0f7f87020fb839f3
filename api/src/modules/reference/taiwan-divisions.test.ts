import 'reflect-metadata';
import { graphql, isObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLContext } from '../../graphql/context.js';
import {
  EN_CORRECTIONS,
  EXCLUDED_POSTAL_AREAS,
  TAIWAN_CITIES,
  findCity,
  findCityByCode,
  findDistrict,
  isValidCityDistrict,
  loadPackageData,
  normalizeDivisionName,
  postalCodeOf,
} from './taiwan-divisions.js';
import { TaiwanDivisionsResolver } from './taiwan-divisions.resolver.js';

describe('Taiwan administrative divisions', () => {
  it('has the 22 current cities and counties, official 臺 spelling, no pre-merger names', () => {
    expect(TAIWAN_CITIES).toHaveLength(22);
    const names = TAIWAN_CITIES.map((c) => c.nameZhTw);
    expect(new Set(names).size).toBe(22);
    expect(names).toEqual(
      expect.arrayContaining([
        '臺北市',
        '新北市',
        '桃園市',
        '臺中市',
        '臺南市',
        '高雄市',
        '臺東縣',
      ]),
    );
    for (const gone of ['臺北縣', '桃園縣', '臺中縣', '臺南縣', '高雄縣']) {
      expect(names).not.toContain(gone);
    }
    expect(names.filter((n) => n.includes('台'))).toEqual([]);
    expect(new Set(TAIWAN_CITIES.map((c) => c.code)).size).toBe(22);
    expect(findCity('桃園市')).toMatchObject({ code: 'TAO', nameEn: 'Taoyuan City' });
    expect(findCityByCode('nwt')?.nameZhTw).toBe('新北市');
  });

  it('has the 368 districts, townships and county-administered cities (鄉鎮市區)', () => {
    const counts = Object.fromEntries(TAIWAN_CITIES.map((c) => [c.nameZhTw, c.districts.length]));
    expect(TAIWAN_CITIES.reduce((n, c) => n + c.districts.length, 0)).toBe(368);
    expect(counts).toMatchObject({
      臺北市: 12,
      新北市: 29,
      桃園市: 13,
      臺中市: 29,
      臺南市: 37,
      高雄市: 38,
      新竹市: 3,
      嘉義市: 2,
      連江縣: 4,
    });
    for (const city of TAIWAN_CITIES) {
      const names = city.districts.map((d) => d.nameZhTw);
      expect(new Set(names).size, city.nameZhTw).toBe(names.length);
      for (const d of city.districts) {
        expect(d.postalCode).toMatch(/^[1-9]\d{2}$/);
        expect(d.nameZhTw).toMatch(/[區鄉鎮市]$/);
        expect(d.nameZhTw).not.toContain('台');
      }
    }
  });

  it('knows 臺北市 (12 districts incl. 大安區 106) and 新竹市 東區 300', () => {
    const taipei = findCity('臺北市')!;
    expect(taipei.districts).toHaveLength(12);
    expect(findDistrict('臺北市', '大安區')).toEqual({
      cityNameZhTw: '臺北市',
      nameZhTw: '大安區',
      nameEn: "Da'an District",
      postalCode: '106',
    });
    expect(postalCodeOf('臺北市', '大安區')).toBe('106');
    expect(postalCodeOf('新竹市', '東區')).toBe('300');
    expect(postalCodeOf('臺中市', '大安區')).toBe('439');
    expect(postalCodeOf('苗栗縣', '頭份市')).toBe('351');
    expect(postalCodeOf('彰化縣', '員林市')).toBe('510');
  });

  it('rejects unknown cities and districts of another city', () => {
    expect(findCity('XX市')).toBeUndefined();
    expect(isValidCityDistrict('XX市', '大安區')).toBe(false);
    expect(isValidCityDistrict('臺北市', '板橋區')).toBe(false);
    expect(isValidCityDistrict('臺北縣', '板橋區')).toBe(false);
    expect(isValidCityDistrict('新北市', '板橋區')).toBe(true);
    expect(isValidCityDistrict('', '')).toBe(false);
    expect(postalCodeOf('XX市', '東區')).toBeUndefined();
    // Postal areas that are not 鄉鎮市區 are not offered for an address.
    expect(isValidCityDistrict('高雄市', '東沙群島')).toBe(false);
    expect(isValidCityDistrict('宜蘭縣', '釣魚臺列嶼')).toBe(false);
  });

  it('accepts 台 for 臺 (and stray spaces) and normalises to the official spelling', () => {
    expect(normalizeDivisionName(' 台北市 ')).toBe('臺北市');
    expect(findCity('台北市')).toBe(findCity('臺北市'));
    expect(findCity('台東縣')?.nameZhTw).toBe('臺東縣');
    expect(isValidCityDistrict('台北市', '大安區')).toBe(true);
    expect(findDistrict('台北市', '大安區')).toMatchObject({
      cityNameZhTw: '臺北市',
      postalCode: '106',
    });
    expect(findDistrict('台東縣', '台東市')?.nameZhTw).toBe('臺東市');
    expect(findDistrict('屏東縣', '霧台鄉')?.nameZhTw).toBe('霧臺鄉');
    expect(postalCodeOf('雲林縣', '台西鄉')).toBe('636');
  });

  it('writes English names in official form (suffix matching 區/鄉鎮/市, no typos)', () => {
    const suffix = { 區: 'District', 鄉: 'Township', 鎮: 'Township', 市: 'City' } as const;
    for (const city of TAIWAN_CITIES) {
      expect(city.nameEn).toMatch(/^[A-Z][a-z]+(?: [A-Z][a-z]+)? (City|County)$/);
      expect(city.nameEn.endsWith(city.nameZhTw.endsWith('市') ? 'City' : 'County')).toBe(true);
      for (const d of city.districts) {
        const kind = suffix[d.nameZhTw.at(-1) as keyof typeof suffix];
        expect(d.nameEn, `${city.nameZhTw}${d.nameZhTw}`).toMatch(
          new RegExp(`^[A-Z][A-Za-z' ]*[a-z] ${kind}$`),
        );
      }
    }
    expect(findDistrict('臺北市', '大同區')?.nameEn).toBe('Datong District');
    expect(findDistrict('屏東縣', '屏東市')?.nameEn).toBe('Pingtung City');
  });

  it('stays in step with the package: every correction and exclusion names a real area', () => {
    const { counties, areasZh, areasEn } = loadPackageData();
    expect(counties.map((c) => normalizeDivisionName(c.name))).toEqual(
      TAIWAN_CITIES.map((c) => c.nameZhTw),
    );
    expect(areasEn.map((a) => a.id)).toEqual(areasZh.map((a) => a.id));
    const keys = new Set(areasZh.map((a) => normalizeDivisionName(a.county + a.city)));
    for (const key of [...Object.keys(EN_CORRECTIONS), ...EXCLUDED_POSTAL_AREAS]) {
      expect(keys.has(key), key).toBe(true);
    }
    expect(areasZh).toHaveLength(368 + EXCLUDED_POSTAL_AREAS.length);
  });

  it('cannot be changed by a caller', () => {
    const taipei = findCity('臺北市')!;
    expect(() => {
      (taipei as { nameEn: string }).nameEn = 'Taipei';
    }).toThrow(TypeError);
    expect(Object.isFrozen(TAIWAN_CITIES)).toBe(true);
    expect(Object.isFrozen(taipei)).toBe(true);
    expect(Object.isFrozen(taipei.districts)).toBe(true);
    expect(Object.isFrozen(taipei.districts[0])).toBe(true);
  });
});

describe('taiwanCities query', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildSchema({ resolvers: [TaiwanDivisionsResolver], validate: false });
  });

  type Result = {
    taiwanCities: {
      code: string;
      name: string;
      nameZhTw: string;
      nameEn: string;
      districts: { name: string; nameZhTw: string; nameEn: string; postalCode: string }[];
    }[];
  };
  const run = async (locale: GraphQLContext['locale']) => {
    const res = await graphql({
      schema,
      source:
        '{ taiwanCities { code name nameZhTw nameEn districts { name nameZhTw nameEn postalCode } } }',
      contextValue: { locale },
    });
    expect(res.errors).toBeUndefined();
    return (res.data as Result).taiwanCities;
  };

  it("names cities and districts in the caller's language", async () => {
    const zh = await run('zh-TW');
    expect(zh).toHaveLength(22);
    expect(zh[0]).toMatchObject({ code: 'TPE', name: '臺北市', nameEn: 'Taipei City' });
    expect(zh[0]!.districts.find((d) => d.postalCode === '106')).toEqual({
      name: '大安區',
      nameZhTw: '大安區',
      nameEn: "Da'an District",
      postalCode: '106',
    });
    const en = await run('en');
    expect(en[0]).toMatchObject({ name: 'Taipei City', nameZhTw: '臺北市' });
    expect(en[0]!.districts[0]).toMatchObject({ name: 'Zhongzheng District', postalCode: '100' });
  });

  it('documents every type, field and argument it adds', () => {
    const undocumented: string[] = [];
    for (const name of ['TaiwanCity', 'TaiwanDistrict', 'Query']) {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} missing`);
      if (name !== 'Query' && !type.description) undocumented.push(name);
      for (const field of Object.values(type.getFields())) {
        if (!field.description) undocumented.push(`${name}.${field.name}`);
        for (const arg of field.args) {
          if (!arg.description) undocumented.push(`${name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
