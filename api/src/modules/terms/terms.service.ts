import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.js';
import { AppError, badInput } from '../../shared/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { currentAmendmentTerms } from './terms-content.js';
import { TermsAcceptance } from './terms-acceptance.entity.js';

export class TermsService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
  ) {}

  current() {
    return currentAmendmentTerms();
  }

  async hasAccepted(accountId: string, version = this.current().version): Promise<boolean> {
    return (await this.em.count(TermsAcceptance, { account: accountId, version })) > 0;
  }

  /** Records the acceptance of the version the person read; an outdated version is refused. */
  async accept(version: string, ip: string | undefined): Promise<TermsAcceptance> {
    if (this.actor.kind !== 'account') throw new AppError('UNAUTHENTICATED');
    const current = this.current();
    if (version !== current.version) {
      throw badInput([{ field: 'version', problem: 'INVALID_VALUE' }]);
    }
    const existing = await this.em.findOne(TermsAcceptance, {
      account: this.actor.accountId,
      version,
    });
    if (existing) return existing;
    const acceptance = Object.assign(new TermsAcceptance(), {
      account: this.em.getReference('Account', this.actor.accountId),
      version,
      ip: ip?.slice(0, 45) ?? null,
    });
    this.em.persist(acceptance);
    recordAudit(this.em, {
      action: 'terms.accepted',
      actor: this.actor,
      entityType: 'Terms',
      entityId: version,
    });
    await this.em.flush();
    return acceptance;
  }

  /** Throws TERMS_NOT_ACCEPTED unless the caller accepted the version now in force. */
  async assertAccepted(accountId: string): Promise<string> {
    const { version } = this.current();
    if (!(await this.hasAccepted(accountId, version))) {
      throw new AppError('TERMS_NOT_ACCEPTED', { version });
    }
    return version;
  }
}
