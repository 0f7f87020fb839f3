import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';

type Centres = {
  collectionPlaces: {
    code: string;
    address: string | null;
    addressZhTw: string | null;
    addressEn: string | null;
    openingHours: string | null;
  }[];
};
const QUERY = '{ collectionPlaces { code address addressZhTw addressEn openingHours } }';

let db: TestDatabase;
let builtIn: TestServer;
let configured: TestServer;
beforeAll(async () => {
  db = await createTestDatabase();
  builtIn = await startTestServer(db);
  configured = await startTestServer(db, {
    env: {
      SERVICE_CENTRES_JSON: JSON.stringify({
        KHH: { addressZhTw: '高雄市測試區測試路1號', addressEn: 'No. 1, Test Rd., Kaohsiung' },
        TPE: { openingHoursEn: null },
      }),
    },
  });
});
afterAll(async () => {
  await builtIn.close();
  await configured.close();
  await db.drop();
});

const byCode = (res: { body: { data?: Centres | null } }) =>
  new Map(res.body.data!.collectionPlaces.map((c) => [c.code, c]));

describe('service centres’ addresses and opening hours', () => {
  it('gives the Taipei centre’s address in the caller’s language and leaves unknown ones null', async () => {
    const zh = byCode(await builtIn.post<Centres>(QUERY));
    expect(zh.get('TPE')).toMatchObject({
      address: '100 臺北市中正區廣州街15號',
      addressEn: 'No. 15, Guangzhou St., Zhongzheng Dist., Taipei City 100',
    });
    expect(zh.get('TPE')?.openingHours).toMatch(/週一至週五/);
    expect(zh.get('KHH')).toMatchObject({ address: null, addressZhTw: null, openingHours: null });
    const en = byCode(await builtIn.post<Centres>(QUERY, {}, { 'accept-language': 'en' }));
    expect(en.get('TPE')?.address).toBe(en.get('TPE')?.addressEn);
    expect(en.get('TPE')?.openingHours).toMatch(/^Monday to Friday/);
  });

  it('takes addresses and hours from SERVICE_CENTRES_JSON, a null clearing a built-in value', async () => {
    const en = byCode(await configured.post<Centres>(QUERY, {}, { 'accept-language': 'en' }));
    expect(en.get('KHH')).toMatchObject({
      address: 'No. 1, Test Rd., Kaohsiung',
      addressZhTw: '高雄市測試區測試路1號',
      openingHours: null,
    });
    expect(en.get('TPE')?.openingHours).toBeNull();
    expect(en.get('TPE')?.addressEn).toMatch(/Guangzhou St/);
  });

  it('refuses a setting that is not JSON, names an unknown centre or an unknown field', () => {
    const problemOf = (value: string) => {
      try {
        loadConfig({ NODE_ENV: 'test', SERVICE_CENTRES_JSON: value });
        return '';
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as ConfigError).problems.join('\n');
      }
    };
    expect(problemOf('{nope')).toMatch(/^SERVICE_CENTRES_JSON: expected JSON like/);
    expect(problemOf('{"XYZ":{"addressEn":"x"}}')).toMatch(/unknown service centre code\(s\) XYZ/);
    expect(problemOf('{"TPE":{"phone":"02"}}')).toMatch(/SERVICE_CENTRES_JSON/);
    expect(problemOf('{"TPE":{"addressEn":"New address"}}')).toBe('');
  });
});
