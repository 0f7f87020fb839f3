import { graphql } from '../generated';

/** Everything the mandate pages show of a mandate, for holders and grantees alike. */
export const AgencyMandateFields = graphql(`
  fragment AgencyMandateFields on Mandate {
    id
    applicantId
    applicantUiNumber
    holderName
    granteeId
    granteeName
    items
    validFrom
    validUntil
    status
    source
    activeNow
    createdAt
    documentUrl
    decisionNote
  }
`);

export const AgencyMandatesQuery = graphql(`
  query AgencyMandates {
    mandates {
      ...AgencyMandateFields
    }
  }
`);

/** The items' names in the reader's language (the API's labels), for "what it covers". */
export const AgencyItemLabelsQuery = graphql(`
  query AgencyItemLabels {
    amendmentRequirements {
      item
      label
    }
  }
`);

export const AgencyGrantMandateMutation = graphql(`
  mutation AgencyGrantMandate($input: GrantMandateInput!) {
    createMandate(input: $input) {
      ...AgencyMandateFields
    }
  }
`);

export const AgencyRequestMandateMutation = graphql(`
  mutation AgencyRequestMandate($input: RequestMandateInput!, $file: Upload!) {
    requestMandate(input: $input, file: $file) {
      ...AgencyMandateFields
    }
  }
`);

export const AgencyRevokeMandateMutation = graphql(`
  mutation AgencyRevokeMandate($id: ID!) {
    revokeMandate(id: $id) {
      ...AgencyMandateFields
    }
  }
`);

export const AgencyApiKeyFields = graphql(`
  fragment AgencyApiKeyFields on ApiKey {
    id
    name
    prefix
    scopes
    expiresAt
    lastUsedAt
    revokedAt
    createdAt
  }
`);

export const AgencyApiKeysQuery = graphql(`
  query AgencyApiKeys {
    apiKeys {
      ...AgencyApiKeyFields
    }
  }
`);

export const AgencyCreateApiKeyMutation = graphql(`
  mutation AgencyCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      token
      apiKey {
        ...AgencyApiKeyFields
      }
    }
  }
`);

export const AgencyRevokeApiKeyMutation = graphql(`
  mutation AgencyRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      ...AgencyApiKeyFields
    }
  }
`);

export const AgencyWebhookSubscriptionFields = graphql(`
  fragment AgencyWebhookSubscriptionFields on WebhookSubscription {
    id
    url
    events
    active
    createdAt
  }
`);

export const AgencyWebhookSubscriptionsQuery = graphql(`
  query AgencyWebhookSubscriptions {
    webhookSubscriptions {
      ...AgencyWebhookSubscriptionFields
    }
  }
`);

export const AgencyCreateWebhookMutation = graphql(`
  mutation AgencyCreateWebhook($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      secret
      subscription {
        ...AgencyWebhookSubscriptionFields
      }
    }
  }
`);

export const AgencyDeleteWebhookMutation = graphql(`
  mutation AgencyDeleteWebhook($id: ID!) {
    deleteWebhookSubscription(id: $id)
  }
`);

export const AgencyWebhookDeliveryFields = graphql(`
  fragment AgencyWebhookDeliveryFields on WebhookDelivery {
    id
    subscriptionId
    eventId
    eventType
    amendmentId
    status
    attempts
    nextAttemptAt
    lastAttemptAt
    lastStatusCode
    lastError
    payload
    createdAt
    deliveredAt
  }
`);

export const AgencyWebhookDeliveriesQuery = graphql(`
  query AgencyWebhookDeliveries($status: WebhookDeliveryStatus, $page: Int!, $perPage: Int!) {
    webhookDeliveries(status: $status, page: $page, perPage: $perPage) {
      total
      items {
        ...AgencyWebhookDeliveryFields
      }
    }
  }
`);

export const AgencyRedeliverWebhookMutation = graphql(`
  mutation AgencyRedeliverWebhook($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      ...AgencyWebhookDeliveryFields
    }
  }
`);
