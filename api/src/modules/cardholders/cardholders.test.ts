import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { actors, seedFixtureHolders } from '../../test-support/fixtures.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { DEMO_HOLDER } from '../../db/seeders/demo.js';
import { checkUiNumber } from './ui-number.js';

const APPLICANT = /* GraphQL */ `
  query Applicant($id: ID!) {
    applicant(id: $id) {
      id
      uiNumber
      birthDate
      englishSurname
      englishGivenName
      chineseName
      sex
      nationality {
        code
        name
        nameZhTw
      }
      hongKongMacauResident
      passport {
        number
        issuingCountry {
          code
          name
        }
        issueDate
        expiryDate
      }
      residence {
        postalCode
        city
        district
        line
      }
      uiNumbers {
        uiNumber
        format
        assignedOn
        replacedOn
        replacedReason
      }
      currentCard {
        uiNumber
        validFrom
        validUntil
        status
        fieldOfExpertise {
          code
          name
        }
        collectionPlace {
          code
          name
        }
      }
      cards {
        id
        status
      }
    }
  }
`;

const SEARCH = /* GraphQL */ `
  query Search($filter: ApplicantFilter, $page: Int, $perPage: Int) {
    applicants(filter: $filter, page: $page, perPage: $perPage) {
      total
      items {
        id
        uiNumber
        englishSurname
        cards {
          uiNumber
          fieldOfExpertise {
            code
          }
        }
        uiNumbers {
          uiNumber
        }
      }
    }
  }
`;

let db: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 60);
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

describe('applicant(id)', () => {
  it('gives an officer the whole registered record with cards and earlier UI numbers', async () => {
    const res = await server.execAs(actors.officer, APPLICANT, { id: DEMO_HOLDER.id }, 'en');
    expect(res.errors).toBeUndefined();
    expect(res.data?.applicant).toMatchObject({
      uiNumber: 'A800000014',
      birthDate: '1985-04-12',
      chineseName: '史密斯',
      sex: 'MALE',
      nationality: { code: 'US', name: 'United States', nameZhTw: '美國' },
      passport: { number: '561234567', issuingCountry: { code: 'US' }, expiryDate: '2030-05-31' },
      residence: { city: '臺北市', district: '大安區', postalCode: '106' },
      uiNumbers: [
        { uiNumber: 'A800000014', format: 'NEW', replacedOn: null },
        {
          uiNumber: 'AC01234567',
          format: 'OLD',
          replacedOn: '2022-03-01',
          replacedReason: 'NEW_FORMAT',
        },
      ],
      currentCard: {
        status: 'ACTIVE',
        fieldOfExpertise: { code: 'DIGITAL', name: 'Digital' },
        collectionPlace: { code: 'TPE', name: 'Taipei City Service Center' },
      },
    });
  });

  it('names reference data in zh-TW by default', async () => {
    const res = await server.execAs(actors.officer, APPLICANT, { id: DEMO_HOLDER.id }, 'zh-TW');
    expect(res.data?.applicant).toMatchObject({
      nationality: { name: '美國' },
      currentCard: {
        fieldOfExpertise: { name: '數位' },
        collectionPlace: { name: '臺北市服務站' },
      },
    });
  });

  it('lets a holder read their own record but not another holder’s', async () => {
    const own = await server.execAs(actors.demoHolder, APPLICANT, { id: DEMO_HOLDER.id });
    expect(own.errors).toBeUndefined();
    const [other] = await db.sql<{ id: string }>(
      'select id from applicant where id <> $1 limit 1',
      [DEMO_HOLDER.id],
    );
    const denied = await server.execAs(actors.demoHolder, APPLICANT, { id: other!.id });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(denied.data).toBeNull();
  });

  it('refuses employers and agencies without a mandate, and anonymous callers over HTTP', async () => {
    for (const actor of [actors.employer, actors.agency, actors.otherHolder]) {
      const res = await server.execAs(actor, APPLICANT, { id: DEMO_HOLDER.id });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anon = await server.post(APPLICANT, { id: DEMO_HOLDER.id }, { 'accept-language': 'en' });
    expect(anon.body.errors?.[0]).toMatchObject({
      message: 'Please log in first.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const anonZh = await server.post(APPLICANT, { id: DEMO_HOLDER.id });
    expect(anonZh.body.errors?.[0]?.message).toBe('請先登入。');
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const res = await server.execAs(actors.officer, APPLICANT, {
      id: '00000000-0000-4000-8000-00000000dead',
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('applicants(filter)', () => {
  it('finds a holder by an earlier UI number, as banks still know it', async () => {
    const res = await server.execAs<{ applicants: { total: number; items: { id: string }[] } }>(
      actors.officer,
      SEARCH,
      { filter: { uiNumber: 'ac01234567' } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.applicants.total).toBe(1);
    expect(res.data?.applicants.items[0]?.id).toBe(DEMO_HOLDER.id);
  });

  it('searches by name fragment in Latin or Chinese and pages the result', async () => {
    const zh = await server.execAs<{ applicants: { total: number } }>(actors.officer, SEARCH, {
      filter: { name: '史密' },
    });
    expect(zh.data?.applicants.total).toBeGreaterThanOrEqual(1);
    const all = await server.execAs<{ applicants: { total: number; items: unknown[] } }>(
      actors.officer,
      SEARCH,
      { page: 2, perPage: 25 },
    );
    expect(all.data?.applicants.total).toBe(61);
    expect(all.data?.applicants.items).toHaveLength(25);
    const wildcard = await server.execAs<{ applicants: { total: number } }>(
      actors.officer,
      SEARCH,
      { filter: { name: '%' } },
    );
    expect(wildcard.data?.applicants.total).toBe(0);
  });

  it('loads cards and UI numbers of a page in a constant number of queries, whatever its size', async () => {
    const selectsFor = async (perPage: number) => {
      db.queries.length = 0;
      const res = await server.execAs<{ applicants: { items: { cards: unknown[] }[] } }>(
        actors.officer,
        SEARCH,
        { perPage },
      );
      expect(res.data?.applicants.items).toHaveLength(perPage);
      expect(res.data?.applicants.items.every((i) => i.cards.length > 0)).toBe(true);
      return db.queries.filter((q) => /\bselect\b/i.test(q)).length;
    };
    const small = await selectsFor(5);
    const large = await selectsFor(50);
    // count + page + cards + UI numbers + fields of expertise: never one per row
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(5);
  });

  it('rejects malformed filters with per-field details and localized messages', async () => {
    const res = await server.execAs(
      actors.officer,
      SEARCH,
      {
        filter: { uiNumber: 'NOT-A-NUMBER', name: 'x'.repeat(500) },
        perPage: 1000,
      },
      'en',
    );
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = error?.extensions?.fields ?? [];
    expect(fields.map((f) => f.field).sort()).toEqual([
      'filter.name',
      'filter.uiNumber',
      'perPage',
    ]);
    expect(fields.find((f) => f.field === 'filter.name')).toMatchObject({
      problem: 'TOO_LONG',
      message: 'This value is too long (at most 80).',
    });
  });

  it('is for officers only', async () => {
    for (const actor of [actors.demoHolder, actors.employer, actors.agency]) {
      const res = await server.execAs(actor, SEARCH, {});
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await server.execAs(actors.supervisor, SEARCH, {})).errors).toBeUndefined();
  });
});

describe('seeded holders', () => {
  it('all carry valid UI numbers whose sex matches the holder', async () => {
    const rows = await db.sql<{ ui_number: string; sex: string }>(
      'select n.ui_number, a.sex from applicant_ui_number n join applicant a on a.id = n.applicant_id',
    );
    expect(rows.length).toBeGreaterThan(61);
    for (const row of rows) {
      expect(checkUiNumber(row.ui_number)).toMatchObject({ valid: true, sex: row.sex });
    }
  });
});

describe('checkUiNumber', () => {
  it('is public and explains what is wrong', async () => {
    const res = await server.post<{ a: unknown; b: unknown }>(
      '{ a: checkUiNumber(uiNumber: " ac01234567") { valid normalized format sex problem } b: checkUiNumber(uiNumber: "A800000015") { valid problem } }',
    );
    expect(res.body.data).toEqual({
      a: { valid: true, normalized: 'AC01234567', format: 'OLD', sex: 'MALE', problem: null },
      b: { valid: false, problem: 'CHECKSUM' },
    });
  });
});
