import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import { Amendment } from './amendment.entity.js';
import { amendmentRef, assertCan } from './amendments.policy.js';
import { Role } from '../../shared/actor.js';
import { Mandate, MandateStatus } from '../agencies/mandate.entity.js';
import { taipeiToday } from './amendment-fee.js';
import { isStaff } from '../../shared/authorization.js';
import { writeAudit } from '../audit/audit.service.js';
import { type AmendmentLoaders, type CaseRelations, selectCase } from './amendments.loaders.js';

const NO_RELATIONS: CaseRelations = { documents: false, events: false };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reading cases: the filer, the holder themself, and officers. */
export class AmendmentQueryService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
  ) {}

  private async check(amendment: Amendment | null): Promise<Amendment> {
    if (!amendment) throw new AppError('NOT_FOUND', { entity: 'Amendment' });
    assertCan(this.actor, 'amendment:read', await amendmentRef(this.em, this.actor, amendment));
    return amendment;
  }

  /**
   * `relations`: what the caller reads next, fetched in the same statement (with `loaders`).
   * The authorisation check still comes before anything is returned.
   */
  async get(
    id: string,
    relations: CaseRelations = NO_RELATIONS,
    loaders?: AmendmentLoaders,
  ): Promise<Amendment> {
    if (this.actor.kind !== 'account') throw new AppError('UNAUTHENTICATED');
    const found = UUID.test(id)
      ? await selectCase(this.em, 'a.id = ?', [id], relations, loaders)
      : null;
    return this.audited(await this.check(found));
  }

  /** Officers' reads of a case (and so of the holder's data) leave a trace. */
  private async audited(amendment: Amendment): Promise<Amendment> {
    if (this.actor.kind === 'account' && isStaff(this.actor)) {
      await writeAudit(this.em, {
        action: 'amendment.viewed',
        actor: this.actor,
        entityType: 'Amendment',
        entityId: amendment.id,
        detail: { applicantId: amendment.applicant.id },
      });
    }
    return amendment;
  }

  async byApplicationNumber(
    applicationNumber: string,
    relations: CaseRelations = NO_RELATIONS,
    loaders?: AmendmentLoaders,
  ): Promise<Amendment> {
    if (this.actor.kind !== 'account') throw new AppError('UNAUTHENTICATED');
    const number = applicationNumber.trim().toUpperCase().slice(0, 20);
    return this.audited(
      await this.check(
        await selectCase(this.em, 'a.application_number = ?', [number], relations, loaders),
      ),
    );
  }

  /** The caller's own cases: filed by them, or (for a holder) about them. Newest first. */
  async mine(): Promise<Amendment[]> {
    assertCan(this.actor, 'amendment:list-mine', null);
    const conditions: object[] = [{ filedBy: this.actor.accountId }];
    if (this.actor.role === Role.EMPLOYER || this.actor.role === Role.AGENCY) {
      // Only while the holder's mandate is active.
      const today = taipeiToday();
      const holders = await this.em.find(Mandate, {
        grantee: this.actor.accountId,
        status: MandateStatus.ACTIVE,
        validFrom: { $lte: today },
        validUntil: { $gte: today },
      });
      conditions[0] = {
        filedBy: this.actor.accountId,
        applicant: { $in: holders.map((m) => m.applicant.id) },
      };
    }
    if (this.actor.applicantId) conditions.push({ applicant: this.actor.applicantId });
    return this.em.find(
      Amendment,
      { $or: conditions },
      { orderBy: { createdAt: 'desc' }, limit: 100 },
    );
  }
}
