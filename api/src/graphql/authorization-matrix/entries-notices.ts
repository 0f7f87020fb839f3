import {
  allowedForAll,
  type Answer,
  type Caller,
  type MatrixEntry,
  OK,
  onlyFor,
  SIGNED_IN_QUERY,
} from './matrix.js';
import type { World } from './world.js';

/** The bulletin board (read by anyone, managed by supervisors) and each account's to-do list. */

const SUPERVISOR_ONLY = onlyFor({ supervisor: OK });

export const NOTICE_INPUT = {
  titleZhTw: '系統維護公告',
  titleEn: 'Scheduled maintenance',
  bodyZhTw: '本系統將於週六**凌晨**維護。',
  bodyEn: 'The service is down for maintenance on **Saturday night**.',
  issuingUnitZhTw: '移民署',
  issuingUnitEn: 'National Immigration Agency',
};

type Notice = { id: string; titleZhTw: string | null } | null;
const data = (answer: Answer): Record<string, unknown> => answer.body.data ?? {};

/** Supervisors alone get a notice's texts in both languages. */
function bothLanguagesOnlyFor(caller: Caller, notices: Notice[]): string | null {
  const shown = notices.filter((n) => n?.titleZhTw != null);
  if (caller === 'supervisor')
    return shown.length === notices.filter(Boolean).length ? null : 'supervisor missed titleZhTw';
  return shown.length ? `${caller} got titleZhTw` : null;
}

/** Who must find the agency's approved case's fee in its to-dos: the holder and the filer. */
const PAYERS: readonly Caller[] = ['holder', 'agency', 'readKey', 'fileKey'];

export const NOTICE_ENTRIES: MatrixEntry[] = [
  {
    operation: 'Query.announcements',
    rule: 'public: the notices published now (staff and software read the same board)',
    expect: allowedForAll(),
    call: (c) => c.gql('{ announcements(perPage: 50) { total items { id titleZhTw } } }'),
    verify: (answer, caller, w) => {
      const items = (data(answer).announcements as { items: Notice[] }).items;
      const ids = items.map((n) => n!.id);
      if (!ids.includes(w.announcements.published)) return 'the published notice is missing';
      if (ids.includes(w.announcements.scheduled)) return 'a scheduled notice is on the board';
      return bothLanguagesOnlyFor(caller, items);
    },
  },
  {
    operation: 'Query.announcement',
    rule: 'public for a published notice; a scheduled one only for supervisors (null for others)',
    expect: allowedForAll(),
    call: (c) =>
      c.gql(
        'query($p: ID!, $s: ID!) { published: announcement(id: $p) { id titleZhTw } scheduled: announcement(id: $s) { id titleZhTw } }',
        { p: c.w.announcements.published, s: c.w.announcements.scheduled },
      ),
    verify: (answer, caller) => {
      const { published, scheduled } = data(answer) as { published: Notice; scheduled: Notice };
      if (!published) return 'the published notice is hidden';
      if ((scheduled !== null) !== (caller === 'supervisor'))
        return `the scheduled notice is ${scheduled ? 'shown' : 'hidden'}`;
      return bothLanguagesOnlyFor(caller, [published, scheduled]);
    },
  },
  {
    operation: 'Query.announcementsToManage',
    rule: 'supervisors only (officers review cases, they do not publish)',
    expect: SUPERVISOR_ONLY,
    call: (c) => c.gql('{ announcementsToManage(perPage: 5) { total } }'),
  },
  {
    operation: 'Mutation.createAnnouncement',
    rule: 'supervisors only',
    expect: SUPERVISOR_ONLY,
    call: (c) =>
      c.gql('mutation($i: AnnouncementInput!) { createAnnouncement(input: $i) { id } }', {
        i: { ...NOTICE_INPUT, titleEn: `Notice by ${c.caller}` },
      }),
  },
  {
    operation: 'Mutation.updateAnnouncement',
    rule: 'supervisors only, with the current version',
    expect: SUPERVISOR_ONLY,
    call: async (c) =>
      c.gql(
        'mutation($id: ID!, $v: Int!, $i: AnnouncementInput!) { updateAnnouncement(id: $id, version: $v, input: $i) { id } }',
        {
          id: c.w.announcements.scheduled,
          v: await versionOf(c.w, c.w.announcements.scheduled),
          i: { ...NOTICE_INPUT, titleEn: `Edited by ${c.caller}`, publishFrom: inHours(24) },
        },
      ),
  },
  {
    operation: 'Mutation.retireAnnouncement',
    rule: 'supervisors only, with the current version',
    expect: SUPERVISOR_ONLY,
    call: async (c) =>
      c.gql('mutation($id: ID!, $v: Int!) { retireAnnouncement(id: $id, version: $v) { id } }', {
        id: c.w.announcements.toRetire,
        v: await versionOf(c.w, c.w.announcements.toRetire),
      }),
  },
  {
    operation: 'Query.todos',
    rule: 'any signed-in caller, about itself: cases it may read (holder; filer while mandated), its mandates, its password',
    expect: SIGNED_IN_QUERY,
    call: (c) => c.gql('{ todos { kind amendmentId link } }'),
    // The agency's approved case has its fee due: for the holder and the agency (its keys too),
    // nobody else; the revoked agency's case is nobody's to-do.
    verify: (answer, caller, w) => {
      const todos = (data(answer).todos ?? []) as { kind: string; amendmentId: string | null }[];
      const cases = todos.map((t) => t.amendmentId).filter(Boolean);
      const fee = todos.some((t) => t.kind === 'PAY_FEE' && t.amendmentId === w.cases.approved);
      if (PAYERS.includes(caller) !== fee)
        return `${caller} ${fee ? 'has' : 'lacks'} the approved case’s fee`;
      const foreign = cases.filter((id) => id !== w.cases.approved);
      if (foreign.includes(w.cases.revoked)) return 'shows the revoked agency’s case';
      return !PAYERS.includes(caller) && cases.length ? `shows cases: ${cases.join(', ')}` : null;
    },
  },
];

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

async function versionOf(w: World, id: string): Promise<number> {
  const [row] = await w.db.sql<{ version: number }>(
    'select version from announcement where id = $1',
    [id],
  );
  return row!.version;
}
