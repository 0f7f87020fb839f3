import type { EntityManager } from '@mikro-orm/postgresql';
import { ApplicantUiNumber } from '../cardholders/applicant-ui-number.entity.js';
import { Applicant } from '../cardholders/applicant.entity.js';
import { Card } from '../cardholders/card.entity.js';
import { CardStatus, UiNumberFormatEnum } from '../cardholders/cardholders.enums.js';
import { issueUniqueUiNumber } from '../cardholders/cardholders.service.js';
import { type Amendment } from '../amendments/amendment.entity.js';
import { AmendmentItem, printsCard } from '../amendments/amendment-items.js';
import { taipeiToday } from '../amendments/amendment-fee.js';
import { type AmendmentValues, changedKeys } from '../amendments/amendment-values.js';
import { ApplicantRevision } from './applicant-revision.entity.js';

function assign(holder: Applicant, key: keyof AmendmentValues, values: AmendmentValues) {
  switch (key) {
    case 'passport':
      Object.assign(holder.passport, values.passport);
      break;
    case 'residence':
      Object.assign(holder.residence, values.residence);
      break;
    case 'collectionPlaceCode':
      break; // printed on the card, not kept on the holder
    default:
      (holder as unknown as Record<string, unknown>)[key] = values[key];
  }
}

/**
 * What approval does to the register, in the caller's transaction: the holder's data takes the
 * requested values (the previous ones kept as a revision), a new-format UI number is issued when
 * asked (the old one stays findable), and a new card supersedes the old one when printed data
 * changed.
 */
export async function applyApproval(
  em: EntityManager,
  amendment: Amendment,
): Promise<{ newCard: Card | null; newUiNumber: string | null }> {
  const holder = await em.findOneOrFail(Applicant, { id: amendment.applicant.id });
  const keys = changedKeys(amendment.current, amendment.requested);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const key of keys) {
    before[key] = amendment.current[key];
    after[key] = amendment.requested[key];
    assign(holder, key, amendment.requested);
  }

  let newUiNumber: string | null = null;
  const wantsNumber = amendment.items.some(
    (i) =>
      i === AmendmentItem.UI_NUMBER_NEW_FORMAT || i === AmendmentItem.UI_NUMBER_PERSONAL_REASON,
  );
  if (wantsNumber) {
    const today = taipeiToday();
    newUiNumber = await issueUniqueUiNumber(em, holder.sex);
    const reason = amendment.items.includes(AmendmentItem.UI_NUMBER_PERSONAL_REASON)
      ? 'PERSONAL_REASON'
      : 'NEW_FORMAT';
    await em.nativeUpdate(
      ApplicantUiNumber,
      { applicant: holder.id, replacedOn: null },
      { replacedOn: today, replacedReason: reason },
    );
    em.persist(
      Object.assign(new ApplicantUiNumber(), {
        applicant: holder,
        uiNumber: newUiNumber,
        format: UiNumberFormatEnum.NEW,
        assignedOn: today,
      }),
    );
    before.uiNumber = holder.uiNumber;
    after.uiNumber = newUiNumber;
    holder.uiNumber = newUiNumber;
  }

  let newCard: Card | null = null;
  if (printsCard(amendment.items)) {
    const old = await em.findOne(Card, { applicant: holder, status: CardStatus.ACTIVE });
    if (old) old.status = CardStatus.SUPERSEDED;
    newCard = Object.assign(new Card(), {
      applicant: holder,
      uiNumber: holder.uiNumber,
      fieldOfExpertiseCode: old?.fieldOfExpertiseCode ?? 'OTHER',
      // A reissued card keeps the validity of the card it replaces.
      validFrom: old?.validFrom ?? taipeiToday(),
      validUntil: old?.validUntil ?? taipeiToday(),
      collectionPlaceCode:
        amendment.requested.collectionPlaceCode ?? old?.collectionPlaceCode ?? 'TPE',
      status: CardStatus.ACTIVE,
    });
    em.persist(newCard);
  }
  em.persist(
    Object.assign(new ApplicantRevision(), {
      applicant: holder,
      amendmentId: amendment.id,
      before,
      after,
    }),
  );
  return { newCard, newUiNumber };
}
