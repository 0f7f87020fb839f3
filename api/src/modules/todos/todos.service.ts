import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { type Actor, Role } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { Locale } from '../../shared/request-context.js';
import { taipeiToday } from '../amendments/amendment-fee.js';
import { serviceCentre, serviceCentreDetails } from '../reference/service-centres.js';
import {
  collectCardText,
  draftExpiringText,
  mandatePendingText,
  passwordExpiringText,
  payFeeText,
  uploadDocumentsText,
} from './todo-texts.js';
import { type CaseRow, type MandateRow, selectTodoRows } from './todos.sql.js';
import { type TodoItem, TodoKind } from './todos.types.js';

const DAY_MS = 86_400_000;
/** A draft becomes a to-do this close to its deletion. */
export const DRAFT_WARNING_DAYS = 7;
/** A password becomes a to-do this close to its expiry. */
export const PASSWORD_WARNING_DAYS = 14;

/** Among to-dos without a deadline, the order of urgency. */
const KIND_ORDER: readonly TodoKind[] = [
  TodoKind.PASSWORD_EXPIRING,
  TodoKind.DRAFT_EXPIRING,
  TodoKind.UPLOAD_DOCUMENTS,
  TodoKind.PAY_FEE,
  TodoKind.COLLECT_CARD,
  TodoKind.MANDATE_PENDING,
];

interface Ranked extends TodoItem {
  since: number;
}

const toDate = (value: string | Date | null | undefined): Date | null => {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** The holder's name as people read it: the Chinese name if any, then the passport's. */
const holderName = (c: CaseRow) =>
  [c.holderChineseName, c.holderEnglishName].filter(Boolean).join(' ');

/**
 * The signed-in account's to-do list (待辦事項): one statement (`todos.sql.ts`), then words in
 * the caller's language. What counts as waiting is decided from the same facts the case pages
 * show (fee payable, status, draft expiry, password expiry), so a to-do goes as soon as the
 * thing is done.
 */
export class TodoService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: Config,
    private readonly actor: Actor,
    private readonly locale: Locale,
  ) {}

  async list(now = new Date()): Promise<TodoItem[]> {
    const actor = this.actor;
    if (actor.kind !== 'account') throw new AppError('UNAUTHENTICATED');
    const retention = this.config.draftRetentionDays;
    const rows = await selectTodoRows(this.em, {
      accountId: actor.accountId,
      applicantId: actor.applicantId,
      actsForOthers: actor.role === Role.EMPLOYER || actor.role === Role.AGENCY,
      now,
      today: taipeiToday(now),
      draftsEditedBefore: new Date(now.getTime() - (retention - DRAFT_WARNING_DAYS) * DAY_MS),
    });
    const items: Ranked[] = [
      ...rows.cases.flatMap((c) => this.fromCase(c, now)),
      ...rows.mandates.map((m) => this.fromMandate(m)),
      ...this.password(toDate(rows.passwordChangedAt), now),
    ];
    const due = (i: Ranked) => i.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
    return items
      .sort(
        (a, b) =>
          due(a) - due(b) ||
          KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
          a.since - b.since,
      )
      .map(({ since: _since, ...item }) => item);
  }

  private fromCase(c: CaseRow, now: Date): Ranked[] {
    const locale = this.locale;
    const base = {
      amendmentId: c.id,
      applicationNumber: c.applicationNumber,
      mandateId: null,
      since: toDate(c.since)?.getTime() ?? 0,
    };
    // Whoever is not the holder is told whose case it is.
    const holder = c.aboutMe ? null : holderName(c);
    const caseLink = `/amendments/${c.id}#action`;
    switch (c.status) {
      case 'DRAFT': {
        const expiresAt = new Date(
          new Date(c.lastEditedAt).getTime() + this.config.draftRetentionDays * DAY_MS,
        );
        return [
          {
            kind: TodoKind.DRAFT_EXPIRING,
            ...draftExpiringText(locale, {
              expiresAt,
              holder: holderName(c),
              retentionDays: this.config.draftRetentionDays,
            }),
            ...base,
            dueAt: expiresAt,
            link: `/amendments/${c.id}/edit`,
          },
        ];
      }
      case 'SUPPLEMENT_REQUESTED':
        return [
          {
            kind: TodoKind.UPLOAD_DOCUMENTS,
            ...uploadDocumentsText(locale, {
              number: c.applicationNumber,
              documents: c.requestedDocuments ?? [],
              holder,
            }),
            ...base,
            dueAt: null,
            link: caseLink,
          },
        ];
      case 'APPROVED': {
        const codeExpiresAt = toDate(c.paymentExpiresAt);
        const live = codeExpiresAt && codeExpiresAt > now ? codeExpiresAt : null;
        return [
          {
            kind: TodoKind.PAY_FEE,
            ...payFeeText(locale, {
              amount: c.fee?.amount ?? 0,
              number: c.applicationNumber,
              holder,
              codeExpiresAt: live,
            }),
            ...base,
            dueAt: live,
            link: caseLink,
          },
        ];
      }
      case 'CARD_READY': {
        const code = c.collectionPlaceCode;
        return [
          {
            kind: TodoKind.COLLECT_CARD,
            ...collectCardText(locale, {
              number: c.applicationNumber,
              centre: code ? serviceCentre(code) : undefined,
              details: code ? serviceCentreDetails(code, this.config.serviceCentres) : null,
              holder,
            }),
            ...base,
            dueAt: null,
            link: caseLink,
          },
        ];
      }
      default:
        return [];
    }
  }

  private fromMandate(m: MandateRow): Ranked {
    return {
      kind: TodoKind.MANDATE_PENDING,
      ...mandatePendingText(this.locale, m),
      amendmentId: null,
      applicationNumber: null,
      mandateId: m.id,
      dueAt: null,
      link: '/mandates',
      since: toDate(m.createdAt)?.getTime() ?? 0,
    };
  }

  private password(changedAt: Date | null, now: Date): Ranked[] {
    const maxAge = this.config.auth.passwordMaxAgeDays;
    if (!changedAt || maxAge === 0) return [];
    const expiresAt = new Date(changedAt.getTime() + maxAge * DAY_MS);
    if (expiresAt.getTime() - now.getTime() > PASSWORD_WARNING_DAYS * DAY_MS) return [];
    return [
      {
        kind: TodoKind.PASSWORD_EXPIRING,
        ...passwordExpiringText(this.locale, expiresAt, now),
        amendmentId: null,
        applicationNumber: null,
        mandateId: null,
        dueAt: expiresAt,
        link: '/account/change-password',
        since: changedAt.getTime(),
      },
    ];
  }
}
