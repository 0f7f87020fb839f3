import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { AppServices } from '../../graphql/context.js';
import type { Actor } from '../../shared/actor.js';
import { AppError, badInput, type FieldProblem } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { Account } from '../accounts/account.entity.js';
import { replayFrom, replayOf, rememberKey } from '../idempotency/idempotency.js';
import { query } from '../../db/raw-read.js';
import { flushInOneStatement } from '../../db/raw-write.js';
import { enqueueMail } from '../notifications/mail.service.js';
import { Amendment, AmendmentDocument } from './amendment.entity.js';
import { feeOf, taipeiToday } from './amendment-fee.js';
import { DOCUMENT_LABELS, ITEM_LABELS } from './amendment-labels.js';
import { type DocumentType, ITEM_RULES, requiredDocuments } from './amendment-items.js';
import { AmendmentStatus, TRANSITIONS } from './amendment-status.js';
import { applyTransition } from './amendment-transition.js';
import { changedKeys, GROUP_KEYS } from './amendment-values.js';
import { loadEditable } from './amendment-draft.service.js';
import { amendmentRef, assertCan } from './amendments.policy.js';
import { isContactOnly, startContactOnlyCompletion } from './contact-confirmation.service.js';
import { portalLinks } from '../../shared/portal-links.js';

const keySchema = z.object({
  id: z.uuid(),
  idempotencyKey: z
    .string()
    .trim()
    .min(8)
    .max(100)
    .regex(/^[A-Za-z0-9._:-]+$/),
});
interface IdempotencyKeyRow {
  operation: string;
  request_hash: string;
  result_ref: string;
}
interface FilerRow {
  email: string;
  locale: 'zh-TW' | 'en';
  displayName: string;
}
const isUniqueViolation = (error: unknown) =>
  error instanceof UniqueConstraintViolationException ||
  (error as { code?: unknown } | null)?.code === '23505';

const noteSchema = z.object({ id: z.uuid(), note: z.string().trim().max(2000).nullish() });

/** Submit (seed steps 11–12), withdraw, and answer a request for more documents. */
export class AmendmentLifecycleService {
  constructor(
    private readonly em: EntityManager,
    private readonly services: AppServices,
    private readonly actor: Actor,
  ) {}

  /** Everything a draft must satisfy before it can be filed, as per-field problems. */
  private problemsOf(
    amendment: Amendment,
    uploadedTypes: readonly string[],
  ): { fields: FieldProblem[]; missing: DocumentType[] } {
    const fields: FieldProblem[] = [];
    if (amendment.items.length === 0) fields.push({ field: 'items', problem: 'REQUIRED' });
    const changed = new Set(changedKeys(amendment.current, amendment.requested));
    for (const item of amendment.items) {
      const keys = ITEM_RULES[item].unlocks.flatMap((g) => GROUP_KEYS[g]);
      // An item whose values are all still the registered ones changes nothing (the UI-number
      // items have no values: the change is the new number itself).
      if (keys.length && !keys.some((k) => changed.has(k)))
        fields.push({ field: `items.${item}`, problem: 'NO_CHANGE' });
    }
    if (amendment.items.includes('PASSPORT' as never)) {
      const limit = new Date();
      limit.setUTCMonth(limit.getUTCMonth() + 6);
      if (amendment.requested.passport.expiryDate < limit.toISOString().slice(0, 10)) {
        fields.push({ field: 'input.passport.expiryDate', problem: 'PASSPORT_EXPIRES_TOO_SOON' });
      }
    }
    const uploaded = new Set(uploadedTypes);
    const missing = requiredDocuments(amendment.items).filter((type) => !uploaded.has(type));
    return { fields, missing };
  }

  async submit(input: { id: string; idempotencyKey: string }): Promise<Amendment> {
    if (this.actor.kind !== 'account') throw new AppError('UNAUTHENTICATED');
    const { id, idempotencyKey } = parseInput(keySchema, input, '');
    const scope = {
      accountId: this.actor.accountId,
      key: idempotencyKey,
      operation: 'submitAmendment',
      request: { id },
    };
    // The key, the documents' types and the filer in one statement (bench/README.md, B3).
    const [facts] = await query<{
      key: IdempotencyKeyRow | null;
      types: string[];
      filer: FilerRow;
    }>(
      this.em,
      `select
         (select row_to_json(k) from idempotency_key k where k.account_id = ? and k.key = ?) as key,
         (select coalesce(json_agg(distinct d.type), '[]'::json) from amendment_document d
           where d.amendment_id = ?) as types,
         (select json_build_object('email', f.email, 'locale', f.locale,
                   'displayName', f.display_name) from account f where f.id = ?) as filer`,
      [scope.accountId, scope.key, id, scope.accountId],
    );
    const replay = replayFrom(facts!.key, scope);
    if (replay) {
      // A retry gets the same case, but only while the caller may still see it.
      const earlier = await this.em.findOneOrFail(Amendment, { id: replay });
      assertCan(this.actor, 'amendment:read', await amendmentRef(this.em, this.actor, earlier));
      return earlier;
    }

    let amendment: Amendment;
    try {
      amendment = await loadEditable(this.em, this.actor, id, TRANSITIONS.submit.from);
    } catch (error) {
      // The same key sent twice at once (a retry while the first is still running, maybe on
      // another replica): the first may have filed the case since the key was looked up. Its
      // answer is the answer (loadEditable checked that the caller may edit the case first).
      if (error instanceof AppError && error.code === 'INVALID_TRANSITION') {
        const fresh = this.em.fork();
        const winner = await replayOf(fresh, scope);
        if (winner) return fresh.findOneOrFail(Amendment, { id: winner });
      }
      throw error;
    }
    const { fields, missing } = this.problemsOf(amendment, facts!.types);
    if (fields.length) throw badInput(fields);
    if (missing.length) throw documentsMissing(missing);
    const filer = facts!.filer;
    const [row] = await query<{ n: string }>(
      this.em,
      "select nextval('amendment_number_seq') as n",
    );
    const em = this.em;
    amendment.applicationNumber = `GC${taipeiToday().slice(0, 4)}-${String(row!.n).padStart(7, '0')}`;
    amendment.fee = feeOf(amendment, filer.locale);
    amendment.submittedAt = new Date();
    applyTransition(em, amendment, 'submit', this.actor);
    rememberKey(em, { ...scope, resultRef: amendment.id });
    if (isContactOnly(amendment, this.services)) {
      // Its mails are written in the filer's language, to the filer's name.
      await em.findOneOrFail(Account, { id: amendment.filedBy.id });
      await startContactOnlyCompletion(em, amendment, this.services);
    }
    enqueueMail(em, {
      to: filer.email,
      locale: filer.locale,
      template: 'AMENDMENT_RECEIVED',
      params: {
        displayName: filer.displayName,
        applicationNumber: amendment.applicationNumber,
        items: amendment.items.map(
          (item) => ITEM_LABELS[item][filer.locale === 'en' ? 'en' : 'zhTw'],
        ),
        feeAmount: amendment.fee.amount,
        link: portalLinks(this.services.config).amendment(amendment.id),
      },
    });
    let written: boolean;
    try {
      // The case, its timeline and audit events, the key and the mail: all or nothing.
      written = await flushInOneStatement(em);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      written = false;
    }
    if (!written) {
      // The same key sent twice at once (or the draft changed meanwhile): the loser finds the
      // winner's result.
      const fresh = this.em.fork();
      const winner = await replayOf(fresh, scope);
      if (winner) return fresh.findOneOrFail(Amendment, { id: winner });
      throw new AppError('CONFLICT');
    }
    this.services.kickMail();
    return amendment;
  }

  async withdraw(input: { id: string; note?: string | null }): Promise<Amendment> {
    const { id, note } = parseInput(noteSchema, input, '');
    const amendment = await loadEditable(this.em, this.actor, id, TRANSITIONS.withdraw.from);
    applyTransition(this.em, amendment, 'withdraw', this.actor, note ?? null);
    amendment.decidedAt = new Date();
    await this.em.flush();
    return amendment;
  }

  /** After uploading what the officer asked for, the case goes back to them. */
  async respondToSupplement(input: { id: string; note?: string | null }): Promise<Amendment> {
    const { id, note } = parseInput(noteSchema, input, '');
    const amendment = await loadEditable(this.em, this.actor, id, [
      AmendmentStatus.SUPPLEMENT_REQUESTED,
    ]);
    // What the officer asked for must have been uploaded since the request.
    const since = amendment.supplementRequestedAt ?? new Date(0);
    const fresh = new Set(
      (await this.em.find(AmendmentDocument, { amendment, uploadedAt: { $gt: since } })).map(
        (d) => d.type,
      ),
    );
    const missing = (amendment.requestedDocuments ?? []).filter((type) => !fresh.has(type));
    if (missing.length) throw documentsMissing(missing);
    applyTransition(this.em, amendment, 'respondToSupplement', this.actor, note ?? null);
    amendment.supplementAnsweredAt = new Date();
    await this.em.flush();
    return amendment;
  }
}

/**
 * DOCUMENTS_MISSING: `params.missing` and the fields name the types for software; the message
 * names the documents as people know them, in the reader's language. Approval refuses the same
 * way (review/review-decision.service.ts).
 */
export function documentsMissing(missing: readonly DocumentType[]): AppError {
  return new AppError(
    'DOCUMENTS_MISSING',
    { missing: missing.join(', ') },
    missing.map((type) => ({ field: `documents.${type}`, problem: 'REQUIRED' as const })),
    (locale) => ({
      missing: missing
        .map((type) => DOCUMENT_LABELS[type][locale === 'en' ? 'en' : 'zhTw'])
        .join(locale === 'en' ? '; ' : '、'),
    }),
  );
}
