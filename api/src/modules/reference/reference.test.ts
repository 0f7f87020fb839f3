import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';

let db: TestDatabase;
let server: TestServer;
beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

type Fields = { fieldsOfExpertise: { code: string; name: string; listVersion: number }[] };

describe('reference data', () => {
  it('serves the current list of 12 fields of expertise plus other, in official order', async () => {
    const res = await server.post<Fields>('{ fieldsOfExpertise { code name listVersion } }');
    const fields = res.body.data!.fieldsOfExpertise;
    expect(fields).toHaveLength(13);
    expect(fields[0]).toEqual({ code: 'SCIENCE_TECHNOLOGY', name: '科技', listVersion: 3 });
    expect(fields.at(-1)?.code).toBe('OTHER');
  });

  it('keeps earlier versions of the list: 8 fields (plus other) in 2019, 10 in 2022', async () => {
    const on2019 = await server.post<Fields>(
      '{ fieldsOfExpertise(on: "2019-06-01") { code listVersion } }',
    );
    expect(on2019.body.data!.fieldsOfExpertise).toHaveLength(9);
    expect(on2019.body.data!.fieldsOfExpertise.map((f) => f.code)).not.toContain('DIGITAL');
    const on2022 = await server.post<Fields>(
      '{ fieldsOfExpertise(on: "2022-06-01") { code listVersion } }',
    );
    expect(on2022.body.data!.fieldsOfExpertise).toHaveLength(11);
    expect(on2022.body.data!.fieldsOfExpertise[0]?.listVersion).toBe(2);
  });

  it('rejects an impossible date as a coded input error, in a variable or inline', async () => {
    const query = 'query F($on: Date) { fieldsOfExpertise(on: $on) { code } }';
    const res = await server.post(query, { on: '2023-02-30' });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const inline = await server.post('{ fieldsOfExpertise(on: "2023-02-30") { code } }');
    expect(inline.status).toBe(400);
    expect(inline.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('names countries as Taiwan does, in the caller’s language', async () => {
    const query = '{ countries { code name nameZhTw nameEn } }';
    type C = { countries: { code: string; name: string; nameZhTw: string; nameEn: string }[] };
    const zh = await server.post<C>(query);
    const byCode = new Map(zh.body.data!.countries.map((c) => [c.code, c]));
    expect(byCode.size).toBeGreaterThan(240);
    expect(byCode.get('HK')).toMatchObject({ name: '香港', nameEn: 'Hong Kong' });
    expect(byCode.get('JP')?.name).toBe('日本');
    const en = await server.post<C>(query, {}, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(en.body.data!.countries.find((c) => c.code === 'JP')?.name).toBe('Japan');
  });

  it('lists the NIA service centres where a card can be collected', async () => {
    const res = await server.post<{ collectionPlaces: { code: string; name: string }[] }>(
      '{ collectionPlaces { code name } }',
      {},
      { 'accept-language': 'en' },
    );
    expect(res.body.data!.collectionPlaces).toHaveLength(22);
    expect(res.body.data!.collectionPlaces[0]).toEqual({
      code: 'TPE',
      name: 'Taipei City Service Center',
    });
  });
});
