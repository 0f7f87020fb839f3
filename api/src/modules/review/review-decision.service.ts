import type { EntityManager } from '@mikro-orm/postgresql';
import { OptimisticLockError } from '@mikro-orm/core';
import { z } from 'zod';
import type { AppServices } from '../../graphql/context.js';
import type { Actor } from '../../shared/actor.js';
import { AppError, badInput } from '../../shared/errors.js';
import type { Locale } from '../../shared/request-context.js';
import { parseInput } from '../../shared/validation.js';
import { Account } from '../accounts/account.entity.js';
import { Amendment, AmendmentDocument } from '../amendments/amendment.entity.js';
import { DocumentType, requiredDocuments } from '../amendments/amendment-items.js';
import {
  AmendmentStatus,
  canTransition,
  type TransitionName,
} from '../amendments/amendment-status.js';
import { applyTransition } from '../amendments/amendment-transition.js';
import { documentsMissing } from '../amendments/amendment-lifecycle.service.js';
import {
  type CaseEvent,
  type NoticeDetail,
  notifyCaseEvent,
} from '../notifications/case-notices.js';
import { applyApproval } from './apply-approval.js';
import { DecisionReasonKind, findDecisionReason, inLocale } from './decision-reasons.js';
import { staleDecision } from './review-conflict.js';
import { decisionSchema, reasonSchema, supplementSchema } from './review.inputs.js';
import { assertCan } from './review.policy.js';
import { isStaff } from '../../shared/authorization.js';

const idSchema = z.object({ id: z.uuid() });
/** The timeline keeps at most this much of the officer's words (amendment_event.note). */
const NOTE_MAX = 2000;
const reassignSchema = z.object({ id: z.uuid(), officerId: z.uuid() });

/**
 * Each officer action is one declared transition in one transaction: status, timeline event,
 * audit event and the mail to the filer commit together. A stale `version` answers CONFLICT.
 */
export class ReviewDecisionService {
  constructor(
    private readonly em: EntityManager,
    private readonly services: AppServices,
    private readonly actor: Actor,
  ) {}

  private ref(a: Amendment) {
    return { assignedOfficerId: a.assignedOfficer?.id ?? null, filedById: a.filedBy.id };
  }

  /** Runs `work` on a fresh copy of the case in a transaction; lost races become CONFLICT. */
  private async run(
    id: string,
    expectedVersion: number | null,
    work: (
      em: EntityManager,
      amendment: Amendment,
    ) => Promise<{ event: CaseEvent; detail?: NoticeDetail } | void>,
  ): Promise<Amendment> {
    let result: Amendment | undefined;
    try {
      await this.em.transactional(async (em) => {
        const amendment = await em.findOne(Amendment, { id }, { populate: ['filedBy'] });
        if (!amendment) throw new AppError('NOT_FOUND', { entity: 'Amendment' });
        if (expectedVersion !== null && amendment.version !== expectedVersion)
          throw new AppError('CONFLICT');
        const outcome = await work(em, amendment);
        if (outcome)
          await notifyCaseEvent(
            em,
            this.services.config,
            amendment,
            outcome.event,
            outcome.detail ?? null,
          );
        result = amendment;
      });
    } catch (error) {
      const lost =
        error instanceof OptimisticLockError ||
        (error instanceof AppError && error.code === 'CONFLICT');
      if (!lost) throw error;
      // A decision on a stale version says what the case is now (the attempt has rolled back).
      throw expectedVersion === null
        ? new AppError('CONFLICT')
        : await staleDecision(this.em.fork(), id);
    }
    if (!result) throw new AppError('NOT_FOUND');
    this.services.kickMail();
    return result;
  }

  claim(input: { id: string }) {
    const { id } = parseInput(idSchema, input, '');
    return this.run(id, null, (em, a) => {
      assertCan(this.actor, 'review:claim', this.ref(a));
      a.assignedOfficer = em.getReference(Account, this.actor.accountId);
      applyTransition(em, a, 'claim', this.actor);
      return Promise.resolve();
    });
  }

  release(input: { id: string }) {
    const { id } = parseInput(idSchema, input, '');
    return this.run(id, null, (em, a) => {
      assertCan(this.actor, 'review:release', this.ref(a));
      applyTransition(em, a, 'release', this.actor);
      a.assignedOfficer = null;
      return Promise.resolve();
    });
  }

  /** Supervisors hand a case to another officer (claiming it for them if nobody had). */
  reassign(input: { id: string; officerId: string }) {
    const { id, officerId } = parseInput(reassignSchema, input, '');
    return this.run(id, null, async (em, a) => {
      assertCan(this.actor, 'review:reassign', this.ref(a));
      const officer = await em.findOne(Account, { id: officerId });
      if (
        !officer ||
        !isStaff({ kind: 'account', accountId: officer.id, role: officer.role, applicantId: null })
      ) {
        throw badInput([{ field: 'officerId', problem: 'INVALID_VALUE' }]);
      }
      if (officer.id === a.filedBy.id) throw new AppError('FORBIDDEN');
      a.assignedOfficer = officer;
      if (a.status === AmendmentStatus.SUBMITTED)
        applyTransition(em, a, 'claim', this.actor, `→ ${officer.displayName}`);
    });
  }

  /**
   * What the filer is told, per language: the standard reason's text (when a code is given)
   * followed by the officer's own words. Either may be left out, not both.
   */
  private wording(
    kind: DecisionReasonKind,
    data: { text?: string | null; reasonCode?: string | null },
    field: string,
    reserved = 0,
  ): (locale: Locale) => string {
    const free = data.text || null;
    const reason = data.reasonCode
      ? findDecisionReason(kind, data.reasonCode, this.services.config.decisionReasons)
      : undefined;
    if (data.reasonCode && !reason)
      throw badInput([{ field: 'reasonCode', problem: 'INVALID_VALUE' }]);
    if (!reason && !free) throw badInput([{ field, problem: 'REQUIRED' }]);
    const said = (locale: Locale) =>
      [reason ? inLocale(reason.text, locale) : null, free].filter(Boolean).join('\n');
    // The timeline keeps the longer wording whole, with room for what follows it.
    const room = NOTE_MAX - reserved - Math.max(said('en').length, said('zh-TW').length);
    if (room < 0 && free)
      throw badInput([
        { field, problem: 'TOO_LONG', params: { max: Math.max(0, free.length + room) } },
      ]);
    return said;
  }

  private decide(
    action: TransitionName,
    input: { id: string; version: number; said: ((locale: Locale) => string) | null },
  ) {
    return this.run(input.id, input.version, async (em, a) => {
      assertCan(this.actor, 'review:decide', this.ref(a));
      if (action === 'approve' && canTransition('approve', a.status)) {
        // Approval needs every document the checklist asks for, as submitting did (a filer may
        // have removed one while answering a supplement request).
        const uploaded = new Set(
          (await em.find(AmendmentDocument, { amendment: a }, { fields: ['type'] })).map(
            (d) => d.type,
          ),
        );
        const missing = requiredDocuments(a.items).filter((type) => !uploaded.has(type));
        if (missing.length) throw documentsMissing(missing);
      }
      // The timeline is in the filer's language, as their mail is.
      const note = input.said ? input.said(a.filedBy.locale) : null;
      applyTransition(em, a, action, this.actor, note);
      if (action === 'approve') await applyApproval(em, a);
      if (action === 'approve' || action === 'reject') a.decidedAt = new Date();
      const event: CaseEvent =
        action === 'approve'
          ? 'APPROVED'
          : action === 'reject'
            ? 'REJECTED'
            : 'DOCUMENTS_REQUESTED';
      return { event, detail: input.said };
    });
  }

  approve(input: { id: string; version: number; note?: string | null }) {
    const data = parseInput(
      decisionSchema,
      { id: input.id, version: input.version, text: input.note },
      '',
    );
    const text = data.text || null;
    return this.decide('approve', { ...data, said: text ? () => text : null });
  }

  reject(input: {
    id: string;
    version: number;
    reason?: string | null;
    reasonCode?: string | null;
  }) {
    const data = parseInput(
      reasonSchema,
      { id: input.id, version: input.version, text: input.reason, reasonCode: input.reasonCode },
      '',
    );
    const said = this.wording(DecisionReasonKind.REJECTION, data, 'reason');
    return this.decide('reject', { ...data, said });
  }

  requestSupplement(input: {
    id: string;
    version: number;
    documents: string[];
    message?: string | null;
    reasonCode?: string | null;
  }) {
    const data = parseInput(
      supplementSchema,
      {
        id: input.id,
        version: input.version,
        text: input.message,
        reasonCode: input.reasonCode,
        documents: input.documents,
      },
      '',
    );
    const unknown = data.documents.filter((d) => !Object.hasOwn(DocumentType, d));
    if (unknown.length) throw badInput([{ field: 'documents', problem: 'INVALID_VALUE' }]);
    // The timeline's note ends with the types asked for, in brackets (amendment-fields.resolver.ts).
    const suffix = ` [${data.documents.join(', ')}]`;
    const said = this.wording(DecisionReasonKind.SUPPLEMENT, data, 'message', suffix.length);
    return this.run(data.id, data.version, (em, a) => {
      assertCan(this.actor, 'review:decide', this.ref(a));
      applyTransition(em, a, 'requestSupplement', this.actor, `${said(a.filedBy.locale)}${suffix}`);
      a.requestedDocuments = data.documents as DocumentType[];
      a.supplementRequestedAt = new Date();
      return Promise.resolve({ event: 'DOCUMENTS_REQUESTED' as const, detail: said });
    });
  }

  /** The card can be handed over only once the fee (if any) is paid. */
  markCardReady(input: { id: string }) {
    const { id } = parseInput(idSchema, input, '');
    return this.run(id, null, (em, a) => {
      assertCan(this.actor, 'review:card', this.ref(a));
      if ((a.fee?.amount ?? 0) > 0 && !a.feePaidAt) throw new AppError('FEE_UNPAID');
      applyTransition(em, a, 'markCardReady', this.actor);
      return Promise.resolve({ event: 'CARD_READY' as const });
    });
  }

  markCardCollected(input: { id: string }) {
    const { id } = parseInput(idSchema, input, '');
    return this.run(id, null, (em, a) => {
      assertCan(this.actor, 'review:card', this.ref(a));
      applyTransition(em, a, 'markCardCollected', this.actor);
      return Promise.resolve();
    });
  }
}
