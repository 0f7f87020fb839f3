import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.js';
import { AppError, badInput, type FieldProblem } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { isCountryCode } from '../reference/countries.js';
import { serviceCentre } from '../reference/service-centres.js';
import { findDistrict } from '../reference/taiwan-divisions.js';
import { Amendment } from './amendment.entity.js';
import { type AmendmentItem, ITEM_RULES, type FieldGroup } from './amendment-items.js';
import { AmendmentStatus } from './amendment-status.js';
import { statusRefusal } from './amendment-transition.js';
import { type AmendmentValues, changedKeys, GROUP_KEYS } from './amendment-values.js';
import { draftSchema, type DraftInput } from './amendments.inputs.js';
import { amendmentRef, assertCan } from './amendments.policy.js';
import { Role } from '../../shared/actor.js';
import { hasActiveMandate } from '../agencies/mandates.service.js';

/** Which input path names each amendable value, for per-field errors. */
const INPUT_PATH: Record<keyof AmendmentValues, string> = {
  englishSurname: 'input.name.englishSurname',
  englishGivenName: 'input.name.englishGivenName',
  chineseName: 'input.name.chineseName',
  sex: 'input.sex',
  passport: 'input.passport',
  residence: 'input.residence',
  collectionPlaceCode: 'input.collectionPlace',
  email: 'input.email',
  mobile: 'input.mobile',
};

export function unlockedGroups(items: readonly AmendmentItem[]): Set<FieldGroup> {
  return new Set(items.flatMap((item) => ITEM_RULES[item].unlocks));
}

function unlockedKeys(items: readonly AmendmentItem[]): Set<keyof AmendmentValues> {
  return new Set([...unlockedGroups(items)].flatMap((g) => GROUP_KEYS[g]));
}

/** Loads an amendment the caller may edit, in a status that allows it. */
export async function loadEditable(
  em: EntityManager,
  actor: Actor,
  id: string,
  statuses: readonly AmendmentStatus[],
) {
  const amendment = await em.findOne(Amendment, { id }, { populate: ['applicant'] });
  return assertEditable(em, actor, amendment, statuses);
}

/** The checks of `loadEditable`, for a case read some other way. */
export async function assertEditable<T extends Amendment>(
  em: EntityManager,
  actor: Actor,
  amendment: T | null | undefined,
  statuses: readonly AmendmentStatus[],
): Promise<T> {
  if (!amendment) throw new AppError('NOT_FOUND', { entity: 'Amendment' });
  assertCan(actor, 'amendment:edit', await amendmentRef(em, actor, amendment));
  if (!statuses.includes(amendment.status)) {
    throw statusRefusal(amendment.status);
  }
  return amendment;
}

/**
 * Seed step 10: the tabs. Any subset can be saved at any time; drafts live on the server, so
 * nothing is lost when a session ends. Values of items no longer selected fall back to the
 * registered data.
 */
export class AmendmentDraftService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
  ) {}

  async save(id: string, input: unknown): Promise<Amendment> {
    const uuid = /^[0-9a-f-]{36}$/i.test(id) ? id : '00000000-0000-0000-0000-000000000000';
    const amendment = await loadEditable(this.em, this.actor, uuid, [AmendmentStatus.DRAFT]);
    const data = parseInput(draftSchema, input, 'input');
    const items = data.items ? [...new Set(data.items)] : amendment.items;
    // An employer's or agency's mandate may cover only some items.
    const actor = this.actor;
    if (
      data.items &&
      actor.kind === 'account' &&
      (actor.role === Role.EMPLOYER || actor.role === Role.AGENCY)
    ) {
      if (!(await hasActiveMandate(this.em, actor.accountId, amendment.applicant.id, items))) {
        throw new AppError('FORBIDDEN');
      }
    }
    const problems: FieldProblem[] = [];
    const requested = this.merge(amendment, data, problems);

    // Values of deselected items return to what is registered.
    const unlocked = unlockedKeys(items);
    const next = { ...requested };
    for (const key of Object.keys(next) as (keyof AmendmentValues)[]) {
      if (!unlocked.has(key)) (next as Record<string, unknown>)[key] = amendment.current[key];
    }
    // A value changed now for an item that is not selected is a mistake worth telling.
    for (const key of changedKeys(amendment.requested, requested)) {
      if (!unlocked.has(key))
        problems.push({ field: INPUT_PATH[key], problem: 'ITEM_NOT_SELECTED' });
    }
    if (problems.length) throw badInput(problems);

    const changed = changedKeys(amendment.requested, next);
    amendment.items = items;
    amendment.requested = next;
    amendment.lastEditedAt = new Date();
    recordAudit(this.em, {
      action: 'amendment.draft.saved',
      actor: this.actor,
      entityType: 'Amendment',
      entityId: amendment.id,
      detail: { items, changedFields: changed },
    });
    await this.em.flush();
    return amendment;
  }

  private merge(amendment: Amendment, data: DraftInput, problems: FieldProblem[]): AmendmentValues {
    const out: AmendmentValues = structuredClone(amendment.requested);
    if (data.nationality && data.nationality !== amendment.context.nationalityCode) {
      problems.push({ field: 'input.nationality', problem: 'NATIONALITY_NOT_AMENDABLE' });
    }
    if (data.name) {
      out.englishSurname = data.name.englishSurname;
      out.englishGivenName = data.name.englishGivenName;
      out.chineseName = data.name.chineseName ?? null;
    }
    if (data.sex) out.sex = data.sex;
    if (data.passport) {
      if (!isCountryCode(data.passport.issuingCountry)) {
        problems.push({ field: 'input.passport.issuingCountry', problem: 'INVALID_VALUE' });
      }
      out.passport = {
        number: data.passport.number,
        issuingCountryCode: data.passport.issuingCountry,
        issueDate: data.passport.issueDate,
        expiryDate: data.passport.expiryDate,
      };
    }
    if (data.residence) {
      const district = findDistrict(data.residence.city, data.residence.district);
      if (!district) {
        problems.push({ field: 'input.residence.district', problem: 'INVALID_CITY_DISTRICT' });
      } else {
        out.residence = {
          postalCode: district.postalCode,
          city: district.cityNameZhTw,
          district: district.nameZhTw,
          line: data.residence.line,
        };
      }
    }
    if (data.collectionPlace !== undefined && data.collectionPlace !== null) {
      if (!serviceCentre(data.collectionPlace)) {
        problems.push({ field: 'input.collectionPlace', problem: 'INVALID_VALUE' });
      } else {
        out.collectionPlaceCode = data.collectionPlace;
      }
    }
    if (data.email) out.email = data.email;
    if (data.mobile) out.mobile = data.mobile;
    return out;
  }
}
