// Medians over rounds, the targets, and RESULTS.md.
import { median, round } from './util.mjs';

/** Per scenario: the median over rounds of req/s, p50 and p99, and every failure summed. */
export function summarise(rounds, names) {
  const out = {};
  for (const name of names) {
    const runs = rounds.map((r) => r.results[name]).filter(Boolean);
    if (!runs.length) continue;
    if (runs.every((r) => r.skipped)) {
      out[name] = { skipped: runs[0].skipped };
      continue;
    }
    const measured = runs.filter((r) => !r.skipped);
    out[name] = {
      rounds: measured.length,
      rps: round(median(measured.map((r) => r.rps))),
      rpsPerRound: measured.map((r) => r.rps),
      p50: round(median(measured.map((r) => r.p50)), 2),
      p99: round(median(measured.map((r) => r.p99)), 2),
      bytesPerResponse: median(measured.map((r) => r.bytesPerResponse ?? null)),
      completed: measured.reduce((a, r) => a + (r.completed ?? 0), 0),
      failed: measured.reduce((a, r) => a + (r.failed ?? 0), 0),
      non2xx: measured.reduce((a, r) => a + (r.non2xx ?? 0) + (r.flood?.non2xx ?? 0), 0),
      errors: measured.reduce(
        (a, r) => a + (r.failed ?? 0) - (r.non2xx ?? 0) - (r.flood?.non2xx ?? 0),
        0,
      ),
      ...(measured[0].flood
        ? {
            floodRps: round(median(measured.map((r) => r.flood.rps))),
            floodP50: round(median(measured.map((r) => r.flood.p50)), 2),
          }
        : {}),
    };
  }
  return out;
}

const ratio = (a, b) => (a === null || a === undefined || !b ? null : round(a / b, 3));

/** Each target with its measured value; `met` is null when it could not be measured. */
export function evaluate(summary, sql, memory, tempFiles) {
  const s = (name) => summary[name] ?? {};
  const rows = [];
  const add = (benchmark, measure, value, target, met, note = '') =>
    rows.push({ benchmark, measure, value, target, met: value === null ? null : met, note });
  const ge = (v, t) => v !== null && v >= t;
  const le = (v, t) => v !== null && v <= t;

  const b1 = ratio(s('B1').rps, s('C0').rps);
  add('B1', 'req/s ÷ C0 req/s', b1, '≥ 0.35', ge(b1, 0.35));
  add('B1', 'SQL statements per request', sql.B1?.count ?? null, '≤ 4', le(sql.B1?.count, 4));
  const b2 = ratio(s('B2-50').rps, s('C0').rps);
  add('B2', 'req/s ÷ C0 req/s, 50 per page', b2, '≥ 0.10', ge(b2, 0.1));
  for (const p of [10, 50, 100]) {
    const n = sql[`B2-${p}`]?.count ?? null;
    add('B2', `SQL statements per request, ${p} per page`, n, '≤ 3', le(n, 3));
  }
  // Time per request beyond the ceiling's (1/req/s − 1/C0 req/s): what the list itself costs.
  const cost = (name) =>
    s(name).rps && s('C0').rps ? 1000 / s(name).rps - 1000 / s('C0').rps : null;
  const growth =
    cost('B2-10') > 0 && cost('B2-100') !== null ? round(cost('B2-100') / cost('B2-10'), 2) : null;
  add(
    'B2',
    'cost growth 10 → 100 rows (C0-normalised time per request)',
    growth,
    '≤ 10 (page size × 10)',
    le(growth, 10),
    cost('B2-10') === null
      ? ''
      : `${round(cost('B2-10'), 2)} → ${round(cost('B2-100'), 2)} ms per request beyond C0`,
  );
  const br = ratio(s('B2-50-br').rps, s('B2-50').rps);
  const bytes = (name) => s(name).bytesPerResponse ?? '—';
  add(
    'B2',
    'req/s brotli-compressed ÷ uncompressed, 50 per page',
    br,
    '(reported)',
    null,
    `${bytes('B2-50')} → ${bytes('B2-50-br')} bytes per response, headers included`,
  );
  rows.at(-1).met = undefined;
  const b3 = ratio(s('B3-api').rps, s('B3-raw').rps);
  add('B3', 'submit req/s ÷ raw pg req/s', b3, '≥ 0.6', ge(b3, 0.6));
  const b4a = ratio(s('B4-graphql').rps, s('B4-plain').rps);
  add('B4', '(a) GraphQL multipart req/s ÷ plain handler', b4a, '≥ 0.6', ge(b4a, 0.6));
  const route = s('B4-route');
  const b4b = route.skipped ? null : ratio(route.rps, s('B4-plain').rps);
  add(
    'B4',
    '(b) streaming route req/s ÷ plain handler',
    b4b,
    '≥ 0.6',
    ge(b4b, 0.6),
    route.skipped ?? '',
  );
  for (const [variant, label] of [
    ['graphql', '(a)'],
    ['route', '(b)'],
  ]) {
    const v = memory?.variants?.[variant];
    const growthMiB = v?.ok ? v.peakGrowthMiB : null;
    add(
      'B4',
      `${label} peak RSS growth, one 50 MiB upload (MiB)`,
      growthMiB,
      '≤ 64',
      le(growthMiB, 64),
      v ? (v.ok ? '' : `upload failed: ${v.status}`) : 'not available',
    );
  }
  const left = tempFiles === null ? null : tempFiles;
  add('B4', 'temporary files left behind', left, '0', left === 0);
  const b5 = ratio(s('B5-login').rps, s('B5-argon2').rps);
  add('B5', 'logins/s ÷ bare argon2 verifies/s', b5, '≥ 0.85', ge(b5, 0.85));
  const flood = ratio(s('B5-session-flood').p99, s('B5-session-rest').p99);
  add('B5', 'session p99 during login flood ÷ at rest', flood, '≤ 5', le(flood, 5));
  for (const name of ['B7-number', 'B7-name', 'B7-chinese', 'B7-queues']) {
    const n = sql[name]?.count ?? null;
    const limit = name === 'B7-queues' ? 2 : 3;
    add('B7', `SQL statements per request, ${name.slice(3)}`, n, `≤ ${limit}`, le(n, limit));
    const r = ratio(s(name).p50, s('B2-50').p50);
    add('B7', `p50 ${name.slice(3)} ÷ p50 B2-50 (a status tab)`, r, '≤ 2', le(r, 2));
  }
  const sizes = Object.keys(summary).filter((n) => n.startsWith('B6-'));
  const small = sizes[0];
  const large = sizes.at(-1);
  const b6 = small && large ? ratio(s(large).p50, s(small).p50) : null;
  add('B6', `p50 at ${large?.slice(3)} ÷ p50 at ${small?.slice(3)}`, b6, '≤ 1.5', le(b6, 1.5));
  const b6rps = small && large ? ratio(s(large).rps, s(small).rps) : null;
  add('B6', `req/s at ${large?.slice(3)} ÷ req/s at ${small?.slice(3)}`, b6rps, '(reported)', null);
  rows.at(-1).met = undefined;
  return rows;
}

const mark = (met) =>
  met === true ? 'met' : met === false ? '**not met**' : met === null ? 'n/a' : '—';
const num = (x, digits = 1) =>
  x === null || x === undefined
    ? '—'
    : Number(x).toLocaleString('en', { maximumFractionDigits: digits });

const GROUPS = [
  ['C0 and B1: ceiling and applicant read', ['C0', 'B1']],
  ['B2: officer list (SUBMITTED, newest first)', ['B2-10', 'B2-50', 'B2-100', 'B2-50-br']],
  [
    'B7: search box and work queues (largest size)',
    ['B7-number', 'B7-name', 'B7-chinese', 'B7-queues'],
  ],
  ['B3: submit', ['B3-api', 'B3-raw']],
  ['B4: 1 MiB upload', ['B4-graphql', 'B4-route', 'B4-plain']],
  ['B5: login', ['B5-login', 'B5-argon2', 'B5-session-rest', 'B5-session-flood']],
];
const SQL_OF = {
  C0: 'C0',
  B1: 'B1',
  'B2-10': 'B2-10',
  'B2-50': 'B2-50',
  'B2-100': 'B2-100',
  'B2-50-br': 'B2-50',
  'B7-number': 'B7-number',
  'B7-name': 'B7-name',
  'B7-chinese': 'B7-chinese',
  'B7-queues': 'B7-queues',
  'B3-api': 'B3',
  'B4-graphql': 'B4-graphql',
  'B4-route': 'B4-route',
  'B5-login': 'B5-login',
  'B5-session-rest': 'B5-session',
  'B5-session-flood': 'B5-session',
};

export function markdown(record) {
  const { machine, settings, summary, targets, sql } = record;
  const lines = [];
  const push = (...l) => lines.push(...l);
  push(
    `# Request-level benchmark results${record.mode === 'quick' ? ' (quick mode)' : ''}`,
    '',
    `Run of ${record.date.slice(0, 16).replace('T', ' ')} UTC (\`npm run ${record.mode === 'quick' ? 'bench:quick' : 'bench'}\`), ${num(record.totalSeconds, 0)} s (${num(record.totalSeconds / 60, 1)} min) in all.`,
    'Generated by `bench/run.mjs`; raw figures in `bench/results/' +
      (record.mode === 'quick' ? 'bench-quick.json' : 'bench.json') +
      '`. Method: `bench/README.md`.',
    '',
  );
  if (record.problems.length) {
    push('## ⚠ Problems in this run', '');
    for (const p of record.problems) push(`- **${p}**`);
    push('');
  }
  if (record.notes.length) {
    push('## Notes', '');
    for (const n of record.notes) push(`- ${n}`);
    push('');
  }
  push(
    '## Machine and settings',
    '',
    '| | |',
    '| --- | --- |',
    `| CPU | ${machine.cpuModel}, ${machine.cores} cores |`,
    `| memory | ${machine.memoryGiB} GiB |`,
    `| Node | ${machine.node} |`,
    `| API measured | commit ${record.api.commit}${record.api.uncommittedChanges ? ' plus uncommitted changes in api/ (work in progress)' : ''}, built \`api/dist\` |`,
    `| PostgreSQL | ${machine.postgres} (embedded; ${Object.entries(machine.pgSettings)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}) |`,
    `| load average before / after | ${machine.loadBefore.join(' ')} / ${machine.loadAfter.join(' ')} |`,
    `| load generator | autocannon ${settings.autocannon}, a separate process per measurement |`,
    `| connections | ${settings.connections} (session: ${settings.sessionConnections}; login flood: ${settings.floodConnections}; argon2 loop: ${machine.cores} at a time) |`,
    `| each measurement | ${settings.warmup} s warm-up, then ${settings.duration} s measured |`,
    `| rounds | ${settings.rounds}, every scenario once per round, interleaved; figures are medians over rounds |`,
    `| data | ${num(settings.holders, 0)} holders; ${record.data.sizes.map((d) => `${num(d.amendments, 0)}`).join(' / ')} cases (main measurements at ${num(record.data.sizes.at(-1).amendments, 0)}) |`,
    `| upload | ${settings.uploadMiB} MiB PDF (passport scan); memory check with one 50 MiB upload |`,
    '',
  );
  push(
    '## Targets',
    '',
    '| benchmark | measure | value | target | |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const t of targets) {
    push(
      `| ${t.benchmark} | ${t.measure} | ${num(t.value, 3)} | ${t.target} | ${mark(t.met)}${t.note ? ` (${t.note})` : ''} |`,
    );
  }
  push('');
  const row = (name, title) => {
    const s = summary[name];
    const sqlCount = sql.counts[SQL_OF[name]]?.count;
    if (!s) return `| ${name} | ${title} | — | — | — | — | — | — |`;
    if (s.skipped) return `| ${name} | ${title} | ${s.skipped} | | | | | |`;
    const failed = s.failed ? `**${s.non2xx} / ${s.errors} FAILED**` : '0 / 0';
    return `| ${name} | ${title} | ${num(s.rps)} | ${s.rpsPerRound.map((x) => num(x, 0)).join(' / ')} | ${num(s.p50, 2)} | ${num(s.p99, 2)} | ${failed} | ${sqlCount ?? '—'} |`;
  };
  push('## Results (medians over rounds)', '');
  for (const [heading, names] of GROUPS) {
    push(
      `### ${heading}`,
      '',
      '| scenario | what | req/s | req/s per round | p50 ms | p99 ms | non-2xx / errors | SQL/request |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const name of names) push(row(name, record.titles[name] ?? ''));
    const loop = record.rounds[0]?.results['B5-argon2'];
    if (names.includes('B5-argon2') && loop?.library) {
      push('', `The argon2 loop calls ${loop.library} (hash parameters ${loop.parameters}).`);
    }
    if (names.includes('B5-session-flood') && summary['B5-session-flood']?.floodRps) {
      push(
        '',
        `During the flood, logins ran at ${num(summary['B5-session-flood'].floodRps)} /s (p50 ${num(summary['B5-session-flood'].floodP50, 1)} ms).`,
      );
    }
    push('');
  }
  push('### B6: officer landing list (all cases, newest first, 50) by data size', '');
  push(
    '| cases | req/s | req/s per round | p50 ms | p99 ms | non-2xx / errors | SQL/request |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const size of record.data.sizes) {
    const s = summary[`B6-${size.label}`] ?? {};
    push(
      `| ${num(size.amendments, 0)} | ${num(s.rps)} | ${(s.rpsPerRound ?? []).map((x) => num(x, 0)).join(' / ')} | ${num(s.p50, 2)} | ${num(s.p99, 2)} | ${s.failed ? `**${s.non2xx} / ${s.errors} FAILED**` : '0 / 0'} | ${sql.counts.B6?.count ?? '—'} |`,
    );
  }
  push('');
  push(
    '## SQL statements per request',
    '',
    '| request | statements | what they are |',
    '| --- | --- | --- |',
  );
  for (const [name, c] of Object.entries(sql.counts)) {
    push(`| ${name} | ${c.count} | ${c.statements.join('; ')} |`);
  }
  push(
    '',
    `B6 is counted at ${num(record.data.sizes.at(-1).amendments, 0)} cases. The raw-pg submit replays the ${sql.replay.statements.length} statements of the API's submit (${sql.replay.generatedIds} generated ids replaced per request; differences between two captured submits: ${sql.replay.differencesBetweenCaptures.length ? sql.replay.differencesBetweenCaptures.join(', ') : 'none'}). What an API submit and a replayed one leave in the database: ${record.rawCheck.equal ? 'the same' : '**different**'} (${JSON.stringify(record.rawCheck.raw)}).`,
    '',
  );
  if (record.uploadMemory) {
    push(
      '## Upload memory (one 50 MiB upload)',
      '',
      '| variant | status | seconds | RSS before MiB | peak after MiB | growth MiB | temp files left |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const [variant, v] of Object.entries(record.uploadMemory.variants)) {
      push(
        `| ${variant} | ${v.status} | ${num(v.seconds, 2)} | ${num(v.rssBeforeMiB)} | ${num(v.peakAfterMiB)} | ${num(v.peakGrowthMiB)} | ${v.tempFilesLeft} |`,
      );
    }
    push(
      '',
      `Temporary files left in the servers' TMPDIR after everything: ${record.tempFiles.total} (load server ${record.tempFiles.main}, memory-check server after stop ${record.uploadMemory.tempFilesLeftAfterStop}).`,
      '',
    );
  }
  push(
    '## Data',
    '',
    '| database | cases | SUBMITTED | seeding s | VACUUM ANALYZE s | size MiB |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const d of record.data.sizes) {
    push(
      `| ${d.label} | ${num(d.amendments, 0)} | ${num(d.submitted, 0)} | ${num(d.seedSeconds)} | ${num(d.vacuumSeconds)} | ${num(d.databaseMiB, 0)} |`,
    );
  }
  push(
    '',
    `Holders: ${num(record.data.holders, 0)} seeded in ${num(record.data.holderSeconds)} s.`,
    '',
  );
  return `${lines.join('\n')}\n`;
}
