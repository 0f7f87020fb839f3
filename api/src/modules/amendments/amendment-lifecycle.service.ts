import type { EntityManager } from '@mikro-orm/postgresql';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { AppServices } from '../../graphql/context.js';
import type { Actor } from '../../shared/actor.js';
import { AppError, badInput, type FieldProblem } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { Account } from '../accounts/account.entity.js';
import { replayOf, rememberKey } from '../idempotency/idempotency.js';
import { enqueueMail } from '../notifications/mail.service.js';
import { Amendment, AmendmentDocument } from './amendment.entity.js';
import { feeOf, taipeiToday } from './amendment-fee.js';
import { ITEM_LABELS } from './amendment-labels.js';
import { ITEM_RULES, requiredDocuments } from './amendment-items.js';
import { AmendmentStatus, TRANSITIONS } from './amendment-status.js';
import { applyTransition } from './amendment-transition.js';
import { changedKeys, GROUP_KEYS } from './amendment-values.js';
import { loadEditable } from './amendment-draft.service.js';
import { amendmentRef, assertCan } from './amendments.policy.js';
import { isContactOnly, startContactOnlyCompletion } from './contact-confirmation.service.js';

const keySchema = z.object({
  id: z.uuid(),
  idempotencyKey: z
    .string()
    .trim()
    .min(8)
    .max(100)
    .regex(/^[A-Za-z0-9._:-]+$/),
});
const noteSchema = z.object({ id: z.uuid(), note: z.string().trim().max(2000).nullish() });

/** Submit (seed steps 11–12), withdraw, and answer a request for more documents. */
export class AmendmentLifecycleService {
  constructor(
    private readonly em: EntityManager,
    private readonly services: AppServices,
    private readonly actor: Actor,
  ) {}

  /** Everything a draft must satisfy before it can be filed, as per-field problems. */
  private async problemsOf(
    amendment: Amendment,
  ): Promise<{ fields: FieldProblem[]; missing: string[] }> {
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
    const uploaded = new Set(
      (await this.em.find(AmendmentDocument, { amendment }, { fields: ['type'] })).map(
        (d) => d.type,
      ),
    );
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
    const replay = await replayOf(this.em, scope);
    if (replay) {
      // A retry gets the same case, but only while the caller may still see it.
      const earlier = await this.em.findOneOrFail(Amendment, { id: replay });
      assertCan(this.actor, 'amendment:read', await amendmentRef(this.em, this.actor, earlier));
      return earlier;
    }

    const amendment = await loadEditable(this.em, this.actor, id, TRANSITIONS.submit.from);
    const { fields, missing } = await this.problemsOf(amendment);
    if (fields.length) throw badInput(fields);
    if (missing.length) {
      throw new AppError(
        'DOCUMENTS_MISSING',
        { missing: missing.join(', ') },
        missing.map((type) => ({ field: `documents.${type}`, problem: 'REQUIRED' as const })),
      );
    }
    const filer = await this.em.findOneOrFail(Account, { id: this.actor.accountId });
    try {
      await this.em.transactional(async (em) => {
        const [row] = await em
          .getConnection()
          .execute<{ n: string }[]>(
            "select nextval('amendment_number_seq') as n",
            [],
            'all',
            em.getTransactionContext(),
          );
        amendment.applicationNumber = `GC${taipeiToday().slice(0, 4)}-${String(row!.n).padStart(7, '0')}`;
        amendment.fee = feeOf(amendment, filer.locale);
        amendment.submittedAt = new Date();
        applyTransition(em, amendment, 'submit', this.actor);
        rememberKey(em, { ...scope, resultRef: amendment.id });
        if (isContactOnly(amendment, this.services)) {
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
            link: `${this.services.config.applicantPortalUrl}/amendments/${amendment.id}`,
          },
        });
      });
    } catch (error) {
      // The same key sent twice at once: the loser finds the winner's result.
      if (
        error instanceof OptimisticLockError ||
        error instanceof UniqueConstraintViolationException
      ) {
        const winner = await replayOf(this.em.fork(), scope);
        if (winner) return this.em.fork().findOneOrFail(Amendment, { id: winner });
        throw new AppError('CONFLICT');
      }
      throw error;
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
    if (missing.length) {
      throw new AppError(
        'DOCUMENTS_MISSING',
        { missing: missing.join(', ') },
        missing.map((type) => ({ field: `documents.${type}`, problem: 'REQUIRED' as const })),
      );
    }
    applyTransition(this.em, amendment, 'respondToSupplement', this.actor, note ?? null);
    await this.em.flush();
    return amendment;
  }
}
