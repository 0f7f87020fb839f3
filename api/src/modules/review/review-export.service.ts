import type { EntityManager } from '@mikro-orm/postgresql';
import { stringify } from 'csv-stringify/sync';
import type { Config } from '../../config.js';
import type { Actor } from '../../shared/actor.js';
import type { Locale } from '../../shared/request-context.js';
import { parseInput } from '../../shared/validation.js';
import { writeAudit } from '../audit/audit.service.js';
import { ITEM_LABELS } from '../amendments/amendment-labels.js';
import { STATUS_LABELS } from '../amendments/amendment-status.js';
import { joinedOf } from '../amendments/joined-relations.js';
import { listSchema } from './review.inputs.js';
import { selectListPage } from './review-list.sql.js';
import { ReviewQueueService } from './review-queue.service.js';
import { assertCan } from './review.policy.js';

/** Rows one file holds at most; past that the filter should be narrower (`truncated`). */
export const EXPORT_LIMIT = 5_000;

/** The fields the rows need: the list then leaves the cases' JSON columns unread. */
const EXPORT_FIELDS = new Set([
  'applicationNumber',
  'status',
  'items',
  'submittedAt',
  'assignedOfficer',
  'applicant',
  'overdue',
]);

const HEADERS: Record<Locale, string[]> = {
  'zh-TW': [
    '申請案號',
    '狀態',
    '異動項目',
    '持卡人',
    '統一證號',
    '送件時間（臺北）',
    '承辦人',
    '逾期',
  ],
  en: [
    'Application number',
    'Status',
    'Items',
    'Holder',
    'UI number',
    'Submitted at (Taipei)',
    'Officer',
    'Overdue',
  ],
};

/** `2026-12-06 17:51`: Taipei time, sortable, read as a date by spreadsheets. */
const taipei = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Taipei',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface CaseExportFile {
  filename: string;
  csv: string;
  rows: number;
  truncated: boolean;
}

/**
 * The officers' case list as a CSV file, with the list's own filter and order. A file of
 * holders' data leaving the system is recorded in the audit trail with its filter and size.
 */
export class ReviewExportService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
    private readonly config: Config,
    private readonly locale: Locale,
  ) {}

  async export(input: { filter?: unknown; sort?: unknown }): Promise<CaseExportFile> {
    assertCan(this.actor, 'review:list', null);
    const parsed = parseInput(listSchema, { ...input, page: 1, perPage: 1 }, '');
    const queue = new ReviewQueueService(this.em, this.actor, this.config);
    const page = await selectListPage(
      this.em,
      { ...parsed, perPage: EXPORT_LIMIT },
      queue.conditions(),
      EXPORT_FIELDS,
    );
    const en = this.locale === 'en';
    const pick = (w: { zhTw: string; en: string }) => (en ? w.en : w.zhTw);
    const rows = page.items.map((a) => {
      const joined = joinedOf(a);
      const holder = joined?.applicant;
      const name = holder
        ? `${holder.englishSurname} ${holder.englishGivenName}${holder.chineseName ? ` (${holder.chineseName})` : ''}`
        : '';
      return [
        a.applicationNumber ?? '',
        pick(STATUS_LABELS[a.status]),
        a.items.map((item) => pick(ITEM_LABELS[item])).join(en ? '; ' : '、'),
        name,
        holder?.uiNumber ?? '',
        a.submittedAt ? taipei.format(a.submittedAt) : '',
        joined?.assignedOfficer?.displayName ?? '',
        queue.isOverdue(a) ? (en ? 'Yes' : '是') : en ? 'No' : '否',
      ];
    });
    // Excel reads UTF-8 (Chinese) only with the BOM; a cell starting with = + - @ tab or CR is
    // prefixed with ' so that no spreadsheet runs it as a formula.
    const csv = `\uFEFF${stringify([HEADERS[this.locale], ...rows], {
      escape_formulas: true,
      record_delimiter: 'windows',
    })}`;
    const truncated = page.total > EXPORT_LIMIT;
    const { filter, sort } = parsed;
    await writeAudit(this.em, {
      action: 'amendment.list.exported',
      actor: this.actor,
      entityType: 'Amendment',
      detail: {
        // Names and numbers typed into the filter are personal data: the trail says one was given.
        filter: Object.fromEntries(
          Object.entries(filter).map(([k, v]) => [
            k,
            (k === 'holder' || k === 'search') && v ? '(given)' : v,
          ]),
        ),
        sort,
        rows: rows.length,
        truncated,
      },
    });
    const stamp = taipei.format(new Date()).replace(/[-: ]/g, '').slice(0, 12);
    return { filename: `cases-${stamp}.csv`, csv, rows: rows.length, truncated };
  }
}
