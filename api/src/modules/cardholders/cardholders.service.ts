import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { Applicant } from './applicant.entity.js';
import { ApplicantUiNumber } from './applicant-ui-number.entity.js';
import { assertCan } from './cardholders.policy.js';
import { isStaff } from '../../shared/authorization.js';
import { recordAudit } from '../audit/audit.service.js';
import { applicantSearchSchema } from './cardholders.inputs.js';
import { generateNewFormatUiNumber, type RandomInt, type Sex } from './ui-number.js';

export class CardholderService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
  ) {}

  async get(id: string): Promise<Applicant> {
    assertCan(this.actor, 'applicant:read', { id });
    const applicant = await this.em.findOne(Applicant, { id });
    if (!applicant) throw new AppError('NOT_FOUND', { entity: 'Applicant' });
    if (this.actor.kind === 'account' && isStaff(this.actor)) {
      // Who looked at whom, when: officers' reads of personal data are audited.
      recordAudit(this.em, {
        action: 'applicant.viewed',
        actor: this.actor,
        entityType: 'Applicant',
        entityId: id,
      });
      await this.em.flush();
    }
    return applicant;
  }

  async search(input: unknown): Promise<{ items: Applicant[]; total: number }> {
    assertCan(this.actor, 'applicant:search', null);
    const { filter, page, perPage } = parseInput(applicantSearchSchema, input, '');
    const where: Record<string, unknown>[] = [];
    if (filter.uiNumber) {
      // Earlier numbers stay findable: the holder's bank may only know the old one.
      const owner = await this.em.findOne(ApplicantUiNumber, { uiNumber: filter.uiNumber });
      if (!owner) return { items: [], total: 0 };
      where.push({ id: owner.applicant.id });
    }
    if (filter.name) {
      const like = `%${filter.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push({
        $or: [
          { englishSurname: { $ilike: like } },
          { englishGivenName: { $ilike: like } },
          { chineseName: { $ilike: like } },
        ],
      });
    }
    if (filter.nationality) where.push({ nationalityCode: filter.nationality });
    if (filter.passportNumber) where.push({ passport: { number: filter.passportNumber } });
    recordAudit(this.em, {
      action: 'applicant.searched',
      actor: this.actor,
      entityType: 'Applicant',
      detail: {
        byUiNumber: Boolean(filter.uiNumber),
        byName: Boolean(filter.name),
        byPassport: Boolean(filter.passportNumber),
        page,
      },
    });
    await this.em.flush();
    const [items, total] = await this.em.findAndCount(
      Applicant,
      where.length ? { $and: where } : {},
      {
        orderBy: { englishSurname: 'asc', englishGivenName: 'asc', id: 'asc' },
        limit: perPage,
        offset: (page - 1) * perPage,
      },
    );
    return { items, total };
  }

  /** Finds a holder by a current or earlier UI number. */
  async findByAnyUiNumber(uiNumber: string): Promise<Applicant | null> {
    const record = await this.em.findOne(
      ApplicantUiNumber,
      { uiNumber: uiNumber.trim().toUpperCase() },
      { populate: ['applicant'] },
    );
    return record?.applicant ?? null;
  }
}

/**
 * Issues a new-format UI number that no holder has or had. The unique index on
 * applicant_ui_number is the final guard; this retries on the rare random collision.
 */
export async function issueUniqueUiNumber(
  em: EntityManager,
  sex: Sex,
  random?: RandomInt,
): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const candidate = generateNewFormatUiNumber(sex, random);
    const taken = await em.count(ApplicantUiNumber, { uiNumber: candidate });
    if (taken === 0) return candidate;
  }
  throw new Error('could not find a free UI number after 20 attempts');
}
