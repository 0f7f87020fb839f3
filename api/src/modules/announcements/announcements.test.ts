import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../shared/actor.js';
import { bearer, createAccount, loginToken } from '../../test-support/accounts.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { codeOf, fieldsOf } from '../../test-support/wizard.js';
import { AnnouncementService } from './announcements.service.js';

/*
 * The bulletin board over real HTTP on a real PostgreSQL: supervisors write, schedule, pin and
 * retire notices (audited); anyone reads what is published now, in their language.
 */

let db: TestDatabase;
let server: TestServer;
let supervisor: string;
let officer: string;
let holder: string;

const NOTICE = {
  titleZhTw: '居留證即將到期或遺失者，可線上申請換補發',
  titleEn: 'Residence cards about to expire or lost can be renewed online',
  bodyZhTw: '請於**到期前**申請。\n\n- 本人\n- 代理人',
  bodyEn: 'Apply **before** it expires.\n\n- the holder\n- an agent',
  issuingUnitZhTw: '移民署',
  issuingUnitEn: 'National Immigration Agency',
};
const FIELDS =
  'id title body issuingUnit important publishFrom publishUntil titleZhTw titleEn bodyZhTw bodyEn issuingUnitZhTw issuingUnitEn retiredAt status createdAt updatedAt version';

interface View {
  id: string;
  title: string;
  body: string;
  issuingUnit: string;
  important: boolean;
  publishFrom: string;
  publishUntil: string | null;
  titleZhTw: string | null;
  bodyZhTw: string | null;
  bodyEn: string | null;
  retiredAt: string | null;
  status: string;
  version: number;
}

const gql = <T = Record<string, unknown>>(
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
  language = 'en',
) =>
  server.post<T>(query, variables, {
    ...(token ? bearer(token) : {}),
    'accept-language': language,
  });

const create = async (input: Record<string, unknown>, token = supervisor) => {
  const res = await gql<{ createAnnouncement: View }>(
    token,
    `mutation($i: AnnouncementInput!) { createAnnouncement(input: $i) { ${FIELDS} } }`,
    { i: { ...NOTICE, ...input } },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.createAnnouncement;
};
const board = async (token: string | null = null, language = 'en', perPage = 50, page = 1) =>
  (
    await gql<{ announcements: { total: number; items: View[] } }>(
      token,
      `query($page: Int!, $perPage: Int!) { announcements(page: $page, perPage: $perPage) { total items { ${FIELDS} } } }`,
      { page, perPage },
      language,
    )
  ).body.data!.announcements;
const one = async (id: string, token: string | null = null) =>
  (
    await gql<{ announcement: View | null }>(
      token,
      `query($id: ID!) { announcement(id: $id) { ${FIELDS} } }`,
      { id },
    )
  ).body.data!.announcement;
const audits = (id: string) =>
  db.sql<{ action: string; actor_role: string; changes: Record<string, unknown> | null }>(
    'select action, actor_role, changes from audit_event where entity_id = $1 order by at',
    [id],
  );
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db);
  await createAccount(db, { accountName: 'lin', role: Role.SUPERVISOR });
  await createAccount(db, { accountName: 'wang', role: Role.OFFICER });
  await createAccount(db, { accountName: 'john' });
  supervisor = await loginToken(server, 'lin');
  officer = await loginToken(server, 'wang');
  holder = await loginToken(server, 'john');
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

describe('the bulletin board', () => {
  it('shows a published notice to anyone, in their language; both languages only to supervisors', async () => {
    const notice = await create({ important: true });
    expect(notice).toMatchObject({ status: 'PUBLISHED', version: 1, titleZhTw: NOTICE.titleZhTw });
    // Written with its audit event, by the supervisor.
    expect(await audits(notice.id)).toMatchObject([
      { action: 'announcement.created', actor_role: 'SUPERVISOR' },
    ]);

    const zh = (await board(null, 'zh-TW')).items.find((a) => a.id === notice.id)!;
    expect(zh).toMatchObject({
      title: NOTICE.titleZhTw,
      body: NOTICE.bodyZhTw,
      issuingUnit: '移民署',
      important: true,
      status: 'PUBLISHED',
      titleZhTw: null,
      bodyEn: null,
      retiredAt: null,
    });
    const en = (await board(holder, 'en')).items.find((a) => a.id === notice.id)!;
    expect(en).toMatchObject({
      title: NOTICE.titleEn,
      body: NOTICE.bodyEn,
      issuingUnit: 'National Immigration Agency',
      titleZhTw: null,
    });
    // No Accept-Language: zh-TW, the service's default.
    const plain = await server.post<{ announcement: View }>(
      'query($id: ID!) { announcement(id: $id) { title } }',
      { id: notice.id },
    );
    expect(plain.body.data!.announcement.title).toBe(NOTICE.titleZhTw);
    // Staff read the board as anyone does; supervisors also get both languages.
    expect((await board(officer)).items.find((a) => a.id === notice.id)?.titleZhTw).toBeNull();
    expect((await board(supervisor)).items.find((a) => a.id === notice.id)).toMatchObject({
      titleZhTw: NOTICE.titleZhTw,
      bodyEn: NOTICE.bodyEn,
    });
  });

  it('shows a scheduled notice from publishFrom until publishUntil, and not outside them', async () => {
    const from = new Date(Date.now() + 3_600_000);
    const until = new Date(from.getTime() + 3_600_000);
    const notice = await create({
      titleEn: 'Scheduled maintenance',
      publishFrom: from.toISOString(),
      publishUntil: until.toISOString(),
    });
    expect(notice.status).toBe('SCHEDULED');
    expect((await board()).items.map((a) => a.id)).not.toContain(notice.id);
    expect(await one(notice.id)).toBeNull();
    expect((await one(notice.id, supervisor))?.status).toBe('SCHEDULED');

    // The service read at chosen instants: the window is [publishFrom, publishUntil).
    const at = async (instant: Date) => {
      const page = await new AnnouncementService(
        db.orm.em.fork(),
        { kind: 'anonymous' },
        'en',
      ).board({ page: 1, perPage: 50 }, instant);
      return page.items.find((a) => a.id === notice.id)?.status ?? 'ABSENT';
    };
    expect(await at(new Date(from.getTime() - 1))).toBe('ABSENT');
    expect(await at(from)).toBe('PUBLISHED');
    expect(await at(new Date(until.getTime() - 1))).toBe('PUBLISHED');
    expect(await at(until)).toBe('ABSENT');

    // And over HTTP as the clock passes its times (the times moved instead of the clock).
    await db.sql(
      `update announcement set publish_from = now() - interval '1 minute', publish_until = now() + interval '1 hour' where id = $1`,
      [notice.id],
    );
    expect((await board()).items.find((a) => a.id === notice.id)?.status).toBe('PUBLISHED');
    expect((await one(notice.id))?.title).toBe('Scheduled maintenance');
    await db.sql(
      `update announcement set publish_until = now() - interval '1 second' where id = $1`,
      [notice.id],
    );
    expect((await board()).items.map((a) => a.id)).not.toContain(notice.id);
    expect(await one(notice.id)).toBeNull();
    expect((await one(notice.id, supervisor))?.status).toBe('EXPIRED');
  });

  it('lists important notices first, then the newest, paged with the total', async () => {
    await db.sql('delete from announcement');
    const older = await create({ titleEn: 'older', publishFrom: inMinutes(-60) });
    const pinned = await create({
      titleEn: 'pinned',
      important: true,
      publishFrom: inMinutes(-120),
    });
    const newer = await create({ titleEn: 'newer', publishFrom: inMinutes(-1) });
    await create({ titleEn: 'later', publishFrom: inMinutes(60) });
    const all = await board();
    expect(all.items.map((a) => a.title)).toEqual(['pinned', 'newer', 'older']);
    expect(all.total).toBe(3);
    const second = await board(null, 'en', 1, 2);
    expect(second).toMatchObject({ total: 3, items: [{ id: newer.id }] });
    // Past the end: no rows, and still the right total.
    expect(await board(null, 'en', 2, 5)).toEqual({ total: 3, items: [] });
    expect([pinned.id, older.id]).toEqual([all.items[0]!.id, all.items[2]!.id]);

    const manage = await gql<{ announcementsToManage: { total: number; items: View[] } }>(
      supervisor,
      '{ announcementsToManage { total items { title status } } }',
    );
    expect(manage.body.data!.announcementsToManage.items.map((a) => a.title)).toEqual([
      'later',
      'newer',
      'pinned',
      'older',
    ]);
    const scheduled = await gql<{ announcementsToManage: { total: number; items: View[] } }>(
      supervisor,
      '{ announcementsToManage(status: SCHEDULED) { total items { title status } } }',
    );
    expect(scheduled.body.data!.announcementsToManage).toEqual({
      total: 1,
      items: [{ title: 'later', status: 'SCHEDULED' }],
    });
    expect(codeOf(await gql(null, '{ announcements(perPage: 51) { total } }'))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('edits with the version (stale: CONFLICT), retires for good, and audits both', async () => {
    const notice = await create({ titleEn: 'To be edited' });
    const UPDATE = `mutation($id: ID!, $v: Int!, $i: AnnouncementInput!) { updateAnnouncement(id: $id, version: $v, input: $i) { ${FIELDS} } }`;
    const edited = await gql<{ updateAnnouncement: View }>(supervisor, UPDATE, {
      id: notice.id,
      v: 1,
      i: { ...NOTICE, titleEn: 'Edited', important: true },
    });
    expect(edited.body.data!.updateAnnouncement).toMatchObject({
      title: 'Edited',
      important: true,
      version: 2,
      // Left out: the start stays where it was.
      publishFrom: notice.publishFrom,
    });
    expect(codeOf(await gql(supervisor, UPDATE, { id: notice.id, v: 1, i: NOTICE }))).toBe(
      'CONFLICT',
    );

    const RETIRE = `mutation($id: ID!, $v: Int!) { retireAnnouncement(id: $id, version: $v) { ${FIELDS} } }`;
    expect(codeOf(await gql(supervisor, RETIRE, { id: notice.id, v: 1 }))).toBe('CONFLICT');
    const retired = await gql<{ retireAnnouncement: View }>(supervisor, RETIRE, {
      id: notice.id,
      v: 2,
    });
    expect(retired.body.data!.retireAnnouncement).toMatchObject({ status: 'RETIRED', version: 3 });
    expect(retired.body.data!.retireAnnouncement.retiredAt).not.toBeNull();
    // Gone from the board and from the public, whatever its dates; retiring again changes nothing.
    expect((await board()).items.map((a) => a.id)).not.toContain(notice.id);
    expect(await one(notice.id, holder)).toBeNull();
    expect((await one(notice.id, supervisor))?.status).toBe('RETIRED');
    expect(
      (await gql<{ retireAnnouncement: View }>(supervisor, RETIRE, { id: notice.id, v: 3 })).body
        .data!.retireAnnouncement.version,
    ).toBe(3);

    const trail = await audits(notice.id);
    expect(trail.map((e) => e.action)).toEqual([
      'announcement.created',
      'announcement.updated',
      'announcement.retired',
    ]);
    expect(trail[1]!.changes).toEqual({
      titleEn: { before: 'To be edited', after: 'Edited' },
      important: { before: false, after: true },
    });
    expect(
      codeOf(await gql(supervisor, RETIRE, { id: '00000000-0000-4000-8000-000000000000', v: 1 })),
    ).toBe('NOT_FOUND');
  });

  it('refuses officers (not supervisors), applicants and anonymous callers, writing nothing', async () => {
    const notice = await create({ titleEn: 'Untouchable' });
    const before = await db.sql('select * from announcement order by id');
    const calls = [
      ['mutation($i: AnnouncementInput!) { createAnnouncement(input: $i) { id } }', { i: NOTICE }],
      [
        'mutation($id: ID!, $i: AnnouncementInput!) { updateAnnouncement(id: $id, version: 1, input: $i) { id } }',
        { id: notice.id, i: NOTICE },
      ],
      ['mutation($id: ID!) { retireAnnouncement(id: $id, version: 1) { id } }', { id: notice.id }],
      ['{ announcementsToManage { total } }', {}],
    ] as const;
    for (const [query, variables] of calls) {
      for (const [token, code] of [
        [officer, 'FORBIDDEN'],
        [holder, 'FORBIDDEN'],
        [null, 'UNAUTHENTICATED'],
      ] as const) {
        const res = await gql(token, query, variables);
        expect(codeOf(res), `${query} as ${token ? 'signed in' : 'anonymous'}`).toBe(code);
        expect(res.body.data ?? null).toBeNull();
      }
    }
    expect(await db.sql('select * from announcement order by id')).toEqual(before);
    expect((await audits(notice.id)).map((e) => e.action)).toEqual(['announcement.created']);
  });

  it('checks the texts and dates, every problem at once, in the caller’s language', async () => {
    const CREATE = 'mutation($i: AnnouncementInput!) { createAnnouncement(input: $i) { id } }';
    const tooLong = await gql(supervisor, CREATE, {
      i: {
        ...NOTICE,
        titleZhTw: '公'.repeat(121),
        titleEn: '  ',
        bodyEn: 'x'.repeat(4001),
        bodyZhTw: '\n \n',
        issuingUnitEn: 'N'.repeat(81),
      },
    });
    expect(fieldsOf(tooLong)).toEqual([
      'input.bodyEn:TOO_LONG',
      'input.bodyZhTw:REQUIRED',
      'input.issuingUnitEn:TOO_LONG',
      'input.titleEn:REQUIRED',
      'input.titleZhTw:TOO_LONG',
    ]);
    const backwards = await gql(
      supervisor,
      CREATE,
      { i: { ...NOTICE, publishFrom: inMinutes(60), publishUntil: inMinutes(30) } },
      'zh-TW',
    );
    expect(fieldsOf(backwards)).toEqual(['input.publishUntil:ENDS_BEFORE_START']);
    expect(backwards.body.errors![0]!.extensions!.fields![0]!.message).toBe(
      '結束時間須晚於開始時間。',
    );
    // Without publishFrom the start is now: an end already past is before it.
    expect(
      fieldsOf(await gql(supervisor, CREATE, { i: { ...NOTICE, publishUntil: inMinutes(-1) } })),
    ).toEqual(['input.publishUntil:ENDS_BEFORE_START']);
    const links = await gql(supervisor, CREATE, {
      i: {
        ...NOTICE,
        bodyEn: 'See [the form](javascript:alert(1)) or <data:text/html;base64,PHNjcmlwdD4=>',
        bodyZhTw: '請見[表單](https://www.example.org/)與[說明](/amendments)',
      },
    });
    expect(fieldsOf(links)).toEqual(['input.bodyEn:LINK_NOT_ALLOWED']);
    expect(links.body.errors![0]!.extensions!.fields![0]!.message).toMatch(/https:\/\//);
    expect(
      await db.sql('select 1 from announcement where title_en = $1', [NOTICE.titleEn]),
    ).toEqual([]);
  });

  it('stores and returns the texts exactly as written: HTML is text, never rendered or stripped', async () => {
    const hostile =
      'Line one\r\n\r\n<script>alert("x")</script> <img src=x onerror=alert(1)> &amp; &lt;b&gt;\n  **bold** <b>b</b>';
    const notice = await create({ bodyEn: hostile, titleEn: '<i>Title</i> & <script>1</script>' });
    for (const token of [null, holder, supervisor]) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-language': 'en',
          ...(token ? bearer(token) : {}),
        },
        body: JSON.stringify({
          query: 'query($id: ID!) { announcement(id: $id) { title body } }',
          variables: { id: notice.id },
        }),
      });
      // JSON, never a page a browser would run: the markup is only ever a string value.
      expect(res.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
      const body = (await res.json()) as {
        data: { announcement: { title: string; body: string } };
      };
      expect(body.data.announcement).toEqual({
        title: '<i>Title</i> & <script>1</script>',
        body: hostile,
      });
    }
    const [stored] = await db.sql<{ body_en: string }>(
      'select body_en from announcement where id = $1',
      [notice.id],
    );
    expect(stored!.body_en).toBe(hostile);
  });
});
