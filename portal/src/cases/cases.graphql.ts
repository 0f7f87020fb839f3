import { graphql } from '../generated';

/** Where a card is collected: name, and address and hours where the API knows them. */
export const CasesCentreFields = graphql(`
  fragment CasesCentreFields on ServiceCentre {
    code
    name
    address
    openingHours
  }
`);

/** The caller's cases, newest first (drafts included), for the list. */
export const CasesMyAmendmentsQuery = graphql(`
  query CasesMyAmendments {
    myAmendments {
      id
      applicationNumber
      status
      statusLabel
      items
      updatedAt
      draftExpiresAt
      applicant {
        id
        englishSurname
        englishGivenName
        chineseName
      }
      fee {
        amount
        status
        payable
        cardPrinted
      }
      current {
        collectionPlace {
          ...CasesCentreFields
        }
      }
      requested {
        collectionPlace {
          ...CasesCentreFields
        }
      }
    }
  }
`);

/** Names of items and document types in the caller's language, and the upload limits. */
export const CasesRequirementsQuery = graphql(`
  query CasesRequirements {
    amendmentRequirements {
      item
      label
      documents {
        type
        label
        accept
        maxBytes
        summary
      }
    }
  }
`);

export const CasesPaymentFields = graphql(`
  fragment CasesPaymentFields on Payment {
    id
    method
    status
    amount
    createdAt
    paidAt
    duplicate
    instructions {
      bankCode
      virtualAccount
      paymentCode
      expiresAt
    }
  }
`);

/** Everything the case page shows. */
export const CasesAmendmentQuery = graphql(`
  query CasesAmendment($id: ID!) {
    amendment(id: $id) {
      id
      applicationNumber
      status
      statusLabel
      items
      version
      submittedAt
      decidedAt
      updatedAt
      receiptUrl
      summaryUrl
      applicant {
        id
        englishSurname
        englishGivenName
        chineseName
      }
      changes {
        field
        before
        after
      }
      current {
        sex
        passport {
          number
          issueDate
          expiryDate
          issuingCountry {
            name
          }
        }
        collectionPlace {
          ...CasesCentreFields
        }
      }
      requested {
        sex
        passport {
          number
          issueDate
          expiryDate
          issuingCountry {
            name
          }
        }
        collectionPlace {
          ...CasesCentreFields
        }
      }
      documents {
        id
        type
        originalName
        size
        uploadedAt
        downloadUrl
      }
      events {
        type
        at
        toStatus
        statusLabel
        actorRole
        note
      }
      fee {
        amount
        status
        payable
        cardPrinted
        receiptIssued
        lines {
          item
          label
          amount
          explanation
        }
      }
      payments {
        ...CasesPaymentFields
      }
      supplementRequest {
        requestedAt
        message
        documents {
          type
          label
          uploaded
        }
      }
    }
  }
`);

export const CasesStartFeePaymentMutation = graphql(`
  mutation CasesStartFeePayment($amendmentId: ID!, $method: PaymentMethod!) {
    startFeePayment(amendmentId: $amendmentId, method: $method) {
      formAction
      formMethod
      formFields {
        name
        value
      }
      payment {
        ...CasesPaymentFields
      }
    }
  }
`);

export const CasesWithdrawMutation = graphql(`
  mutation CasesWithdraw($id: ID!, $note: String) {
    withdrawAmendment(id: $id, note: $note) {
      id
      status
      statusLabel
    }
  }
`);

export const CasesRespondToSupplementMutation = graphql(`
  mutation CasesRespondToSupplement($amendmentId: ID!, $note: String) {
    respondToSupplementRequest(amendmentId: $amendmentId, note: $note) {
      id
      status
      statusLabel
    }
  }
`);

/** The bell: only the count (one row at most comes back with it). */
/** The bell: unread notices and the to-dos (the to-do list's own fields: see todos.graphql.ts). */
export const CasesUnreadCountQuery = graphql(`
  query CasesUnreadCount {
    notifications(unreadOnly: true, perPage: 1) {
      unread
    }
    todos {
      ...TodosItemFields
    }
  }
`);

export const CasesNotificationsQuery = graphql(`
  query CasesNotifications($page: Int!, $perPage: Int!) {
    notifications(page: $page, perPage: $perPage) {
      total
      unread
      items {
        id
        kind
        amendmentId
        title
        body
        createdAt
        readAt
      }
    }
  }
`);

export const CasesMarkNotificationReadMutation = graphql(`
  mutation CasesMarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

export const CasesMarkAllNotificationsReadMutation = graphql(`
  mutation CasesMarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);
