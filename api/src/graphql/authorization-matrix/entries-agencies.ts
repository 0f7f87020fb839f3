import {
  allowedBut,
  hides,
  inDays,
  type MatrixEntry,
  OK,
  onlyFor,
  SIGNED_IN_QUERY,
} from './matrix.js';
import { pdf } from './world-cases.js';

/** Mandates, API keys and webhooks: how employers and agencies come to act for holders. */

/** Employers and agencies, signed in as people (keys never manage keys). */
const KEY_MANAGERS = onlyFor({ employer: OK, agency: OK, revokedAgency: OK });
/** Employers and agencies, people or software with the FILE scope. */
const GRANTEES_FILING = onlyFor({ employer: OK, agency: OK, revokedAgency: OK, fileKey: OK });
/** The owner of the agency's webhooks: the agency and its keys (READ for reading). */
const WEBHOOK_OWNER_MUTATION = onlyFor({ agency: OK, fileKey: OK });

export const AGENCY_ENTRIES: MatrixEntry[] = [
  {
    operation: 'Query.mandates',
    rule: 'any signed-in caller: holders see what they granted, grantees what they hold, officers all',
    expect: SIGNED_IN_QUERY,
    call: (c) => c.gql('{ mandates { id status } }'),
    // The holder's mandate to the agency is nobody else's business.
    verify: hides(['otherHolder', 'employer', 'revokedAgency'], (w) => w.mandates.agency),
  },
  {
    operation: 'Mutation.createMandate',
    rule: 'applicant accounts bound to a holder, for that holder',
    expect: onlyFor({ holder: OK, otherHolder: OK }),
    call: (c) =>
      c.gql('mutation($i: GrantMandateInput!) { createMandate(input: $i) { id } }', {
        i: { grantee: 'mx-clerks', items: ['EMAIL'], validUntil: inDays(200) },
      }),
  },
  {
    operation: 'Mutation.requestMandate',
    rule: 'employers and agencies (people or FILE keys): pending until an officer verifies it',
    expect: GRANTEES_FILING,
    call: (c) =>
      c.upload(
        'mutation($i: RequestMandateInput!, $file: Upload!) { requestMandate(input: $i, file: $file) { id status } }',
        {
          i: {
            uiNumber: c.w.holder.uiNumber,
            birthDate: c.w.holder.birthDate,
            items: [],
            validUntil: inDays(200),
          },
        },
        pdf('power-of-attorney.pdf'),
      ),
  },
  {
    operation: 'Mutation.verifyMandate',
    rule: 'officers and supervisors, on a pending power of attorney',
    // The officer refuses it; the supervisor then finds it decided.
    expect: onlyFor({ officer: OK, supervisor: allowedBut('INVALID_TRANSITION') }),
    call: (c) =>
      c.gql(
        'mutation($id: ID!) { verifyMandate(id: $id, approve: false, note: "unsigned") { status } }',
        { id: c.w.mandates.pending },
      ),
  },
  {
    operation: 'Mutation.revokeMandate',
    rule: 'the holder, the grantee (people or FILE key) or an officer; ending it twice is harmless',
    expect: onlyFor({ holder: OK, agency: OK, officer: OK, supervisor: OK, fileKey: OK }),
    call: (c) =>
      c.gql('mutation($id: ID!) { revokeMandate(id: $id) { status } }', {
        id: c.w.mandates.toRevoke,
      }),
  },
  {
    operation: 'Query.apiKeys',
    rule: 'employers and agencies, their own keys, from a session (never with a key)',
    expect: KEY_MANAGERS,
    call: (c) => c.gql('{ apiKeys { id } }'),
    verify: hides(['employer', 'revokedAgency'], (w) => w.apiKeys.read),
  },
  {
    operation: 'Mutation.createApiKey',
    rule: 'employers and agencies from a session: a key never mints keys',
    expect: KEY_MANAGERS,
    call: (c) =>
      c.gql('mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { apiKey { id } } }', {
        i: {
          name: `matrix ${c.caller}`,
          scopes: ['READ'],
          expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        },
      }),
  },
  {
    operation: 'Mutation.revokeApiKey',
    rule: 'the owner of the key, from a session: a key never revokes keys',
    expect: onlyFor({ agency: OK }),
    call: (c) =>
      c.gql('mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', {
        id: c.w.apiKeys.spare,
      }),
  },
  {
    operation: 'Query.webhookSubscriptions',
    rule: 'employers and agencies (and their keys), their own subscriptions only',
    expect: onlyFor({ employer: OK, agency: OK, revokedAgency: OK, readKey: OK, fileKey: OK }),
    call: (c) => c.gql('{ webhookSubscriptions { id } }'),
    verify: hides(['employer', 'revokedAgency'], (w) => w.webhooks.main),
  },
  {
    operation: 'Mutation.createWebhookSubscription',
    rule: 'employers and agencies (people or FILE keys), for themselves',
    expect: GRANTEES_FILING,
    call: (c) =>
      c.gql(
        'mutation($i: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { subscription { id } } }',
        { i: { url: 'http://127.0.0.1:9/matrix-new', events: ['CARD_READY'] } },
      ),
  },
  {
    operation: 'Mutation.deleteWebhookSubscription',
    rule: 'the owner (people or FILE key); false once deleted',
    expect: WEBHOOK_OWNER_MUTATION,
    call: (c) =>
      c.gql('mutation($id: ID!) { deleteWebhookSubscription(id: $id) }', {
        id: c.w.webhooks.toDelete,
      }),
    verify: (answer, caller) =>
      answer.body.data?.deleteWebhookSubscription === (caller === 'agency')
        ? null
        : `deleteWebhookSubscription answered ${String(answer.body.data?.deleteWebhookSubscription)}`,
  },
  {
    operation: 'Query.webhookDeliveries',
    rule: 'the owner of the subscription (and its keys)',
    expect: onlyFor({ agency: OK, readKey: OK, fileKey: OK }),
    call: (c) =>
      c.gql('query($s: ID) { webhookDeliveries(subscriptionId: $s) { total } }', {
        s: c.w.webhooks.main,
      }),
  },
  {
    operation: 'Mutation.redeliverWebhook',
    rule: 'the owner of the subscription (people or FILE key)',
    expect: WEBHOOK_OWNER_MUTATION,
    call: (c) =>
      c.gql('mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }', {
        id: c.w.webhooks.delivery,
      }),
  },
];
