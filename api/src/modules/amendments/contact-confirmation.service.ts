import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { AppServices } from '../../graphql/context.js';
import { AppError } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { hashToken, newToken } from '../accounts/tokens.js';
import { enqueueMail } from '../notifications/mail.service.js';
import { applyApproval } from '../review/apply-approval.js';
import { Amendment } from './amendment.entity.js';
import { AmendmentItem, ITEM_RULES } from './amendment-items.js';
import { AmendmentStatus } from './amendment-status.js';
import { notifyCaseEvent } from '../notifications/case-notices.js';
import { applyTransition } from './amendment-transition.js';
import { portalLinks } from '../../shared/portal-links.js';

/** Email and mobile changes print nothing and need no officer (when the setting allows). */
export function isContactOnly(amendment: Amendment, services: AppServices): boolean {
  return (
    services.config.contactOnlyAutoComplete &&
    amendment.items.length > 0 &&
    amendment.items.every((item) => !ITEM_RULES[item].needsReview)
  );
}

function completed(em: EntityManager, amendment: Amendment, services: AppServices) {
  return notifyCaseEvent(em, services.config, amendment, 'APPROVED');
}

/**
 * Called inside the submit transaction of a contact-only case: a new email address must first
 * confirm a link sent to it; a mobile-only change completes at once. Audited as system actions.
 */
export async function startContactOnlyCompletion(
  em: EntityManager,
  amendment: Amendment,
  services: AppServices,
) {
  if (amendment.items.includes(AmendmentItem.EMAIL)) {
    const token = newToken();
    const hours = services.config.auth.emailVerificationTtlHours;
    amendment.contactTokenHash = hashToken(token);
    amendment.contactTokenExpiresAt = new Date(Date.now() + hours * 3_600_000);
    enqueueMail(em, {
      to: amendment.requested.email,
      locale: amendment.filedBy.locale,
      template: 'AMENDMENT_CONTACT_CONFIRMATION',
      params: {
        displayName: amendment.filedBy.displayName,
        applicationNumber: amendment.applicationNumber ?? amendment.id,
        link: portalLinks(services.config).confirmContactEmail(token),
        expiresInHours: hours,
      },
    });
    return;
  }
  applyTransition(em, amendment, 'autoApprove', 'system', 'contact-only change: no review needed');
  await applyApproval(em, amendment);
  amendment.decidedAt = new Date();
  await completed(em, amendment, services);
}

const tokenSchema = z.object({ token: z.string().min(1).max(200) });

/** The new address proved it works: the change takes effect without an officer. */
export async function confirmContactEmail(
  em: EntityManager,
  services: AppServices,
  input: unknown,
): Promise<Amendment> {
  const { token } = parseInput(tokenSchema, input, '');
  const amendment = await em.transactional(async (tx) => {
    const found = await tx.findOne(
      Amendment,
      {
        contactTokenHash: hashToken(token),
        status: AmendmentStatus.SUBMITTED,
        contactTokenExpiresAt: { $gt: new Date() },
      },
      { populate: ['filedBy'] },
    );
    if (!found) throw new AppError('TOKEN_INVALID');
    found.contactTokenHash = null;
    applyTransition(tx, found, 'autoApprove', 'system', 'new email address confirmed');
    await applyApproval(tx, found);
    found.decidedAt = new Date();
    await completed(tx, found, services);
    return found;
  });
  services.kickMail();
  return amendment;
}
