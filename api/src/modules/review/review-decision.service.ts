import type { EntityManager } from '@mikro-orm/postgresql';
import { OptimisticLockError } from '@mikro-orm/core';
import { z } from 'zod';
import type { AppServices } from '../../graphql/context.js';
import type { Actor } from '../../shared/actor.js';
import { AppError, badInput } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { Account } from '../accounts/account.entity.js';
import { Amendment } from '../amendments/amendment.entity.js';
import { DocumentType } from '../amendments/amendment-items.js';
import { AmendmentStatus, type TransitionName } from '../amendments/amendment-status.js';
import { applyTransition } from '../amendments/amendment-transition.js';
import { type CaseEvent, notifyCaseEvent } from '../notifications/case-notices.js';
import { applyApproval } from './apply-approval.js';
import { decisionSchema, reasonSchema, supplementSchema } from './review.inputs.js';
import { assertCan } from './review.policy.js';
import { isStaff } from '../../shared/authorization.js';

const idSchema = z.object({ id: z.uuid() });
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
    ) => Promise<{ event: CaseEvent; detail?: string | null } | void>,
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
      if (error instanceof OptimisticLockError) throw new AppError('CONFLICT');
      throw error;
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

  private decide(
    action: TransitionName,
    input: { id: string; version: number; text: string | null },
  ) {
    return this.run(input.id, input.version, async (em, a) => {
      assertCan(this.actor, 'review:decide', this.ref(a));
      applyTransition(em, a, action, this.actor, input.text);
      if (action === 'approve') await applyApproval(em, a);
      if (action === 'approve' || action === 'reject') a.decidedAt = new Date();
      const event: CaseEvent =
        action === 'approve'
          ? 'APPROVED'
          : action === 'reject'
            ? 'REJECTED'
            : 'DOCUMENTS_REQUESTED';
      return { event, detail: input.text };
    });
  }

  approve(input: { id: string; version: number; note?: string | null }) {
    const data = parseInput(
      decisionSchema,
      { id: input.id, version: input.version, text: input.note },
      '',
    );
    return this.decide('approve', { ...data, text: data.text ?? null });
  }

  reject(input: { id: string; version: number; reason: string }) {
    const data = parseInput(
      reasonSchema,
      { id: input.id, version: input.version, text: input.reason },
      '',
    );
    return this.decide('reject', data);
  }

  requestSupplement(input: { id: string; version: number; documents: string[]; message: string }) {
    const data = parseInput(
      supplementSchema,
      { id: input.id, version: input.version, text: input.message, documents: input.documents },
      '',
    );
    const unknown = data.documents.filter((d) => !Object.hasOwn(DocumentType, d));
    if (unknown.length) throw badInput([{ field: 'documents', problem: 'INVALID_VALUE' }]);
    return this.run(data.id, data.version, (em, a) => {
      assertCan(this.actor, 'review:decide', this.ref(a));
      applyTransition(
        em,
        a,
        'requestSupplement',
        this.actor,
        `${data.text} [${data.documents.join(', ')}]`,
      );
      a.requestedDocuments = data.documents as DocumentType[];
      a.supplementRequestedAt = new Date();
      return Promise.resolve({ event: 'DOCUMENTS_REQUESTED' as const, detail: data.text });
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
