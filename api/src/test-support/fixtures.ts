import pg from 'pg';
import { Role, type Actor } from '../shared/actor.js';
import { insertHolders } from '../db/seeders/bulk-insert.js';
import { DEMO_HOLDER } from '../db/seeders/demo.js';
import { seedHolders } from '../db/seeders/scale.js';

/** The demo holder plus `count` generated holders (seed 11), inserted the way the seeder does. */
export async function seedFixtureHolders(url: string, count = 30) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await insertHolders(client, [DEMO_HOLDER]);
    await seedHolders(client, { applicants: count, seed: 11, firstIndex: 0 });
  } finally {
    await client.end();
  }
}

export const actors = {
  anonymous: { kind: 'anonymous' } as Actor,
  officer: {
    kind: 'account',
    accountId: '10000000-0000-4000-8000-000000000001',
    role: Role.OFFICER,
    applicantId: null,
  } as Actor,
  supervisor: {
    kind: 'account',
    accountId: '10000000-0000-4000-8000-000000000002',
    role: Role.SUPERVISOR,
    applicantId: null,
  } as Actor,
  demoHolder: {
    kind: 'account',
    accountId: '10000000-0000-4000-8000-000000000003',
    role: Role.APPLICANT,
    applicantId: DEMO_HOLDER.id,
  } as Actor,
  otherHolder: {
    kind: 'account',
    accountId: '10000000-0000-4000-8000-000000000004',
    role: Role.APPLICANT,
    applicantId: '00000000-0000-4000-8000-0000000000ff',
  } as Actor,
  employer: {
    kind: 'account',
    accountId: '10000000-0000-4000-8000-000000000005',
    role: Role.EMPLOYER,
    applicantId: null,
  } as Actor,
  agency: {
    kind: 'account',
    accountId: '10000000-0000-4000-8000-000000000006',
    role: Role.AGENCY,
    applicantId: null,
  } as Actor,
};
