import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { AppServices } from '../../graphql/context.js';
import type { Actor } from '../../shared/actor.js';
import { Role } from '../../shared/actor.js';
import {
  type AssertCan,
  definePolicies,
  hasRole,
  isStaff,
  type Policy,
} from '../../shared/authorization.js';
import { AppError, badInput } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { Account } from '../accounts/account.entity.js';
import { assertNotBlocked } from '../accounts/rate-limits.js';
import { taipeiToday } from '../amendments/amendment-fee.js';
import { AmendmentItem } from '../amendments/amendment-items.js';
import { recordAudit } from '../audit/audit.service.js';
import { CardholderService } from '../cardholders/cardholders.service.js';
import type { FileUpload } from '../documents/upload-middleware.js';
import { storeFileUpload, isUploadError } from '../documents/upload-pipeline.js';
import { uploadPolicyFor } from '../documents/upload-policy.js';
import { DocumentType } from '../amendments/amendment-items.js';
import { Mandate, MandateSource, MandateStatus } from './mandate.entity.js';
import { IdempotentResponse } from '../idempotency/idempotent-response.entity.js';

interface MandateRef {
  applicantId: string;
  granteeId: string;
}

const policies = {
  /** The holder, in their own account, grants online. */
  'mandate:grant': (actor, _m: { applicantId: string }) =>
    hasRole(actor, Role.APPLICANT) && actor.applicantId !== null,
  /** Agencies and employers ask for one with a signed power of attorney. */
  'mandate:request': (actor, _none: null) => hasRole(actor, Role.AGENCY, Role.EMPLOYER),
  'mandate:verify': (actor, _m: MandateRef) => isStaff(actor),
  /** The holder, the grantee itself or an officer may end a mandate. */
  'mandate:revoke': (actor, m: MandateRef) =>
    isStaff(actor) || actor.applicantId === m.applicantId || actor.accountId === m.granteeId,
} satisfies Record<string, Policy<never>>;
const assertCan: AssertCan<typeof policies> = definePolicies(policies);

const period = {
  items: z.array(z.enum(AmendmentItem)).max(9).default([]),
  // Optional: an emptied date field is no date (today), not a missing one.
  validFrom: z.preprocess((v) => (v === '' ? null : v), z.iso.date().nullish()),
  validUntil: z.iso.date(),
};
const grantSchema = z.object({
  grantee: z.string().trim().toLowerCase().min(1).max(64),
  ...period,
});
const requestSchema = z.object({
  uiNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][A-D89]\d{8}$/, { error: 'INVALID_UI_NUMBER' }),
  birthDate: z.iso.date(),
  ...period,
});
const MAX_YEARS = 3;

function checkPeriod(from: string, until: string) {
  const latest = new Date(`${from}T00:00:00Z`);
  latest.setUTCFullYear(latest.getUTCFullYear() + MAX_YEARS);
  if (until < from || until < taipeiToday() || until > latest.toISOString().slice(0, 10)) {
    throw badInput([
      { field: 'input.validUntil', problem: 'OUT_OF_RANGE', params: { max: MAX_YEARS } },
    ]);
  }
}

/** Is there, right now, an active mandate from this holder to this account covering these items? */
export async function hasActiveMandate(
  em: EntityManager,
  granteeId: string,
  applicantId: string,
  items: readonly AmendmentItem[] = [],
): Promise<boolean> {
  const today = taipeiToday();
  const mandates = await em.find(Mandate, {
    grantee: granteeId,
    applicant: applicantId,
    status: MandateStatus.ACTIVE,
    validFrom: { $lte: today },
    validUntil: { $gte: today },
  });
  return mandates.some((m) => m.items.length === 0 || items.every((i) => m.items.includes(i)));
}

export class MandateService {
  constructor(
    private readonly em: EntityManager,
    private readonly services: AppServices,
    private readonly actor: Actor,
  ) {}

  /** The holder grants a mandate online: it is active at once. */
  async grant(input: unknown): Promise<Mandate> {
    assertCan(this.actor, 'mandate:grant', { applicantId: '' });
    const data = parseInput(grantSchema, input, 'input');
    const from = data.validFrom ?? taipeiToday();
    checkPeriod(from, data.validUntil);
    const grantee = await this.em.findOne(Account, {
      accountName: data.grantee,
      role: { $in: [Role.AGENCY, Role.EMPLOYER] },
    });
    if (!grantee) throw badInput([{ field: 'input.grantee', problem: 'INVALID_VALUE' }]);
    const mandate = Object.assign(new Mandate(), {
      applicant: this.em.getReference('Applicant', this.actor.applicantId!),
      grantee,
      items: [...new Set(data.items)],
      validFrom: from,
      validUntil: data.validUntil,
      status: MandateStatus.ACTIVE,
      source: MandateSource.HOLDER_ONLINE,
      createdBy: this.actor.accountId,
    });
    this.em.persist(mandate);
    recordAudit(this.em, {
      action: 'mandate.granted',
      actor: this.actor,
      entityType: 'Mandate',
      entityId: mandate.id,
      detail: { granteeId: grantee.id, items: mandate.items, validUntil: mandate.validUntil },
    });
    await this.em.flush();
    return mandate;
  }

  /** An agency asks with the signed power of attorney; an officer verifies it. */
  async request(input: unknown, file: Promise<FileUpload> | FileUpload): Promise<Mandate> {
    assertCan(this.actor, 'mandate:request', null);
    const actor = this.actor;
    const data = parseInput(requestSchema, input, 'input');
    const from = data.validFrom ?? taipeiToday();
    checkPeriod(from, data.validUntil);
    const limiter = this.services.limits.holderLookupFailures;
    await assertNotBlocked(limiter, actor.accountId);
    const holder = await new CardholderService(this.em, actor).findByAnyUiNumber(data.uiNumber);
    if (!holder || holder.birthDate !== data.birthDate) {
      await limiter.penalty(actor.accountId);
      throw new AppError('APPLICANT_NOT_FOUND');
    }
    let stored;
    try {
      stored = await storeFileUpload(
        file,
        uploadPolicyFor(DocumentType.MANDATE, this.services.uploadLimits),
        this.services.documents,
      );
    } catch (error) {
      if (isUploadError(error))
        throw new AppError(
          error.code === 'FILE_TOO_LARGE' ? 'FILE_TOO_LARGE' : 'FILE_TYPE_NOT_ALLOWED',
          { maxMegabytes: 5, allowed: 'PDF, JPEG, PNG' },
        );
      throw error;
    }
    const mandate = Object.assign(new Mandate(), {
      applicant: holder,
      grantee: this.em.getReference(Account, actor.accountId),
      items: [...new Set(data.items)],
      validFrom: from,
      validUntil: data.validUntil,
      status: MandateStatus.PENDING_VERIFICATION,
      source: MandateSource.POWER_OF_ATTORNEY,
      documentKey: stored.key,
      documentMimeType: stored.mimeType,
      createdBy: actor.accountId,
    });
    this.em.persist(mandate);
    recordAudit(this.em, {
      action: 'mandate.requested',
      actor,
      entityType: 'Mandate',
      entityId: mandate.id,
      detail: { sha256: stored.sha256 },
    });
    try {
      await this.em.flush();
    } catch (error) {
      await this.services.documents.delete(stored.key).catch(() => undefined);
      throw error;
    }
    this.services.metrics.recordUpload(DocumentType.MANDATE, stored.size);
    return mandate;
  }

  private async load(id: string): Promise<Mandate> {
    const mandate = z.uuid().safeParse(id).success ? await this.em.findOne(Mandate, { id }) : null;
    if (!mandate) throw new AppError('NOT_FOUND', { entity: 'Mandate' });
    return mandate;
  }

  async verify(id: string, approve: boolean, note: string | null): Promise<Mandate> {
    const mandate = await this.load(id);
    assertCan(this.actor, 'mandate:verify', {
      applicantId: mandate.applicant.id,
      granteeId: mandate.grantee.id,
    });
    if (mandate.status !== MandateStatus.PENDING_VERIFICATION) {
      throw new AppError('INVALID_TRANSITION', {
        status: mandate.status,
        statusCode: mandate.status,
      });
    }
    mandate.status = approve ? MandateStatus.ACTIVE : MandateStatus.REJECTED;
    mandate.decidedBy = this.actor.accountId;
    mandate.decidedAt = new Date();
    mandate.note = note?.slice(0, 500) ?? null;
    recordAudit(this.em, {
      action: approve ? 'mandate.verified' : 'mandate.rejected',
      actor: this.actor,
      entityType: 'Mandate',
      entityId: mandate.id,
    });
    await this.em.flush();
    return mandate;
  }

  /** Takes effect at once: the grantee's next request for the holder is refused. */
  async revoke(id: string): Promise<Mandate> {
    const mandate = await this.load(id);
    assertCan(this.actor, 'mandate:revoke', {
      applicantId: mandate.applicant.id,
      granteeId: mandate.grantee.id,
    });
    if (mandate.status === MandateStatus.REVOKED) return mandate;
    mandate.status = MandateStatus.REVOKED;
    mandate.decidedBy = this.actor.accountId;
    mandate.decidedAt = new Date();
    // Replayable answers may hold the holder's data: the grantee's software loses them too.
    await this.em.nativeDelete(IdempotentResponse, { accountId: mandate.grantee.id });
    recordAudit(this.em, {
      action: 'mandate.revoked',
      actor: this.actor,
      entityType: 'Mandate',
      entityId: mandate.id,
    });
    await this.em.flush();
    return mandate;
  }

  /** Holders see what they granted, grantees what they hold, officers everything (pending first). */
  async list(status: MandateStatus | null): Promise<Mandate[]> {
    if (this.actor.kind !== 'account') throw new AppError('UNAUTHENTICATED');
    const where: Record<string, unknown> = status ? { status } : {};
    if (!isStaff(this.actor)) {
      where.$or = [
        { grantee: this.actor.accountId },
        ...(this.actor.applicantId ? [{ applicant: this.actor.applicantId }] : []),
      ];
    }
    return this.em.find(Mandate, where, {
      orderBy: { status: 'asc', createdAt: 'desc' },
      limit: 200,
    });
  }
}
