import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { AppServices } from '../../graphql/context.js';
import type { Actor } from '../../shared/actor.js';
import { Role } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { Locale } from '../../shared/request-context.js';
import { parseInput } from '../../shared/validation.js';
import { Account } from '../accounts/account.entity.js';
import { assertNotBlocked } from '../accounts/rate-limits.js';
import { recordAudit } from '../audit/audit.service.js';
import { Applicant } from '../cardholders/applicant.entity.js';
import { Card } from '../cardholders/card.entity.js';
import { CardStatus } from '../cardholders/cardholders.enums.js';
import { CardholderService } from '../cardholders/cardholders.service.js';
import { TermsService } from '../terms/terms.service.js';
import { Amendment, AmendmentEvent, AmendmentEventType } from './amendment.entity.js';
import { AmendmentStatus, OPEN_STATUSES } from './amendment-status.js';
import { contextOf, snapshotOf } from './holder-snapshot.js';
import { assertCan } from './amendments.policy.js';
import { startSchema } from './amendments.inputs.js';
import { hasActiveMandate } from '../agencies/mandates.service.js';
import type { AmendmentItem } from './amendment-items.js';

/**
 * Seed steps 7–9: find the holder by UI number (current or earlier) and birth date, check the
 * caller may act for them, and open a DRAFT prefilled with their registered data.
 */
export class AmendmentStartService {
  constructor(
    private readonly em: EntityManager,
    private readonly services: AppServices,
    private readonly actor: Actor,
  ) {}

  async start(input: unknown): Promise<Amendment> {
    assertCan(this.actor, 'amendment:start', { applicantId: '' });
    const actor = this.actor;
    const data = parseInput(startSchema, input, 'input');
    const termsVersion = await new TermsService(this.em, actor).assertAccepted(actor.accountId);
    const limiter = this.services.limits.holderLookupFailures;
    await assertNotBlocked(limiter, actor.accountId);

    const holder = await new CardholderService(this.em, actor).findByAnyUiNumber(data.uiNumber);
    const account = await this.em.findOneOrFail(Account, { id: actor.accountId });
    const matches = holder !== null && holder.birthDate === data.birthDate;
    if (!holder || !matches) {
      await limiter.penalty(actor.accountId);
      recordAudit(this.em, { action: 'amendment.holder-lookup.failed', actor, success: false });
      await this.em.flush();
      throw new AppError('APPLICANT_NOT_FOUND');
    }
    await this.assertMayActFor(account, holder, data.passportNumber ?? null, data.alsoChange);

    const open = await this.em.findOne(Amendment, {
      applicant: holder,
      status: { $in: [...OPEN_STATUSES] },
    });
    if (open) throw this.alreadyOpen(open);

    const card = await this.em.findOne(Card, { applicant: holder, status: CardStatus.ACTIVE });
    const amendment = Object.assign(new Amendment(), {
      applicant: holder,
      items: [...new Set(data.alsoChange)],
      current: snapshotOf(holder, card),
      requested: snapshotOf(holder, card),
      context: contextOf(holder, card),
      filedBy: account,
      filedByRole: account.role,
      termsVersion,
    });
    this.em.persist(amendment);
    this.em.persist(
      Object.assign(new AmendmentEvent(), {
        amendment,
        type: AmendmentEventType.CREATED,
        toStatus: AmendmentStatus.DRAFT,
        actorAccountId: account.id,
        actorRole: account.role,
      }),
    );
    recordAudit(this.em, {
      action: 'amendment.started',
      actor,
      entityType: 'Amendment',
      entityId: amendment.id,
      detail: { items: amendment.items },
    });
    try {
      await this.em.flush();
    } catch (error) {
      // Two starts at once: the partial unique index lets only one open case exist.
      if (error instanceof UniqueConstraintViolationException) {
        const winner = await this.em
          .fork()
          .findOne(Amendment, { applicant: holder.id, status: { $in: [...OPEN_STATUSES] } });
        if (winner) throw this.alreadyOpen(winner);
      }
      throw error;
    }
    return amendment;
  }

  private alreadyOpen(open: Amendment) {
    const number = open.applicationNumber ?? null;
    return new AppError(
      'AMENDMENT_ALREADY_OPEN',
      { reference: number ?? open.id, amendmentId: open.id },
      [],
      // People read "an unfinished draft", not its id; a submitted case by its number.
      (locale) => ({ openCase: openCaseWording(number, locale) }),
    );
  }

  /**
   * An applicant account acts for one holder: bound the first time it proves UI number, birth
   * date and passport number; afterwards only for that holder. Re-binding goes through an officer.
   *
   * Called only once the UI number and birth date matched (failed lookups are rate-limited
   * before this), so a refusal's `reason` tells nothing about holders that the caller did not
   * prove it knows: NO_MANDATE and ACCOUNT_LINKED_TO_ANOTHER_HOLDER describe the caller's own
   * account; HOLDER_LINKED_TO_ANOTHER_ACCOUNT comes after the passport number matched too.
   */
  private async assertMayActFor(
    account: Account,
    holder: Applicant,
    passportNumber: string | null,
    items: readonly AmendmentItem[],
  ) {
    if (account.role !== Role.APPLICANT) {
      // Employers and agencies act only under the holder's active mandate for these items.
      if (!(await hasActiveMandate(this.em, account.id, holder.id, items)))
        throw new AppError('FORBIDDEN', { reason: 'NO_MANDATE' });
      return;
    }
    if (account.applicant) {
      if (account.applicant.id !== holder.id) {
        throw new AppError('FORBIDDEN', { reason: 'ACCOUNT_LINKED_TO_ANOTHER_HOLDER' });
      }
      return;
    }
    if (!passportNumber || passportNumber !== holder.passport.number.toUpperCase()) {
      await this.services.limits.holderLookupFailures.penalty(account.id);
      recordAudit(this.em, {
        action: 'amendment.holder-binding.failed',
        actor: this.actor,
        success: false,
      });
      await this.em.flush();
      throw new AppError('APPLICANT_NOT_FOUND');
    }
    const taken = await this.em.count(Account, { applicant: holder, id: { $ne: account.id } });
    if (taken) throw new AppError('FORBIDDEN', { reason: 'HOLDER_LINKED_TO_ANOTHER_ACCOUNT' });
    account.applicant = holder;
    recordAudit(this.em, {
      action: 'account.bound-to-holder',
      actor: this.actor,
      entityType: 'Account',
      entityId: account.id,
      detail: { applicantId: holder.id },
    });
  }
}

const OPEN_CASE = {
  draft: { en: 'an unfinished draft', zhTw: '尚未送出的申請草稿' },
  submitted: { en: 'an open amendment ({number})', zhTw: '進行中的異動申請（{number}）' },
};

/** How AMENDMENT_ALREADY_OPEN names the open case: drafts have no number people know. */
function openCaseWording(applicationNumber: string | null, locale: Locale): string {
  const language = locale === 'en' ? 'en' : 'zhTw';
  if (!applicationNumber) return OPEN_CASE.draft[language];
  return OPEN_CASE.submitted[language].replace('{number}', applicationNumber);
}
