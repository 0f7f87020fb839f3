import {
  type AssertCan,
  definePolicies,
  hasRole,
  type Policy,
} from '../../shared/authorization.js';
import { Role } from '../../shared/actor.js';

interface SubscriptionRef {
  /** The account that owns the subscription. */
  accountId: string;
}

const ownsWebhooks = (role: Role) => role === Role.EMPLOYER || role === Role.AGENCY;

/**
 * Employers and agencies own webhook subscriptions, each only its own: another account's
 * subscriptions and deliveries can be neither seen nor changed (officers included).
 */
const policies = {
  /** Own subscriptions at all: create them, list one's own. */
  'webhook:own': (actor, _none: null) => hasRole(actor, Role.EMPLOYER, Role.AGENCY),
  /** See a subscription's deliveries. */
  'webhook:read': (actor, s: SubscriptionRef) =>
    ownsWebhooks(actor.role) && actor.accountId === s.accountId,
  /** Delete the subscription, redeliver its deliveries. */
  'webhook:manage': (actor, s: SubscriptionRef) =>
    ownsWebhooks(actor.role) && actor.accountId === s.accountId,
} satisfies Record<string, Policy<never>>;

export const assertCan: AssertCan<typeof policies> = definePolicies(policies);
