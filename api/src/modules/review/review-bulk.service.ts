import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { AppServices } from '../../graphql/context.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { Locale } from '../../shared/request-context.js';
import { parseInput } from '../../shared/validation.js';
import type { Amendment } from '../amendments/amendment.entity.js';
import { ReviewDecisionService } from './review-decision.service.js';

/** Cases one bulk action takes at most: a page of the console's list. */
export const BULK_LIMIT = 100;

const bulkSchema = z.object({ ids: z.array(z.string()).max(BULK_LIMIT) });

export type BulkAction = 'claim' | 'markCardReady' | 'markCardCollected';

export interface BulkResult {
  id: string;
  ok: boolean;
  code: string | null;
  message: string | null;
  amendment: Amendment | null;
}

/**
 * The same action on many cases, each through the single-case service method in its own
 * transaction: every success has its own timeline and audit events and mail, and a case that
 * fails (a fee unpaid, a status moved on, a case the caller may not touch) is reported and
 * skipped without undoing the others. An unexpected failure (the database gone) stops the rest;
 * what was done before it stays done.
 */
export class ReviewBulkService {
  constructor(
    private readonly em: EntityManager,
    private readonly services: AppServices,
    private readonly actor: Actor,
    private readonly locale: Locale,
  ) {}

  async run(action: BulkAction, input: { ids: string[] }): Promise<BulkResult[]> {
    const { ids } = parseInput(bulkSchema, input, '');
    const results: BulkResult[] = [];
    for (const id of new Set(ids)) {
      // A fresh unit of work per case: nothing of a failed case lingers for the next.
      const single = new ReviewDecisionService(this.em.fork(), this.services, this.actor);
      try {
        const amendment = await single[action]({ id });
        results.push({ id, ok: true, code: null, message: null, amendment });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const message = error.messageIn(this.locale);
        results.push({ id, ok: false, code: error.code, message, amendment: null });
      }
    }
    return results;
  }
}
