import { graphql } from '../generated';

/** The amendable values, as registered (`current`) or as asked (`requested`). */
export const WizardValuesFields = graphql(`
  fragment WizardValuesFields on AmendmentValuesView {
    englishSurname
    englishGivenName
    chineseName
    sex
    email
    mobile
    collectionPlaceCode
    collectionPlace {
      code
      name
    }
    passport {
      number
      issueDate
      expiryDate
      issuingCountry {
        code
        name
      }
    }
    residence {
      postalCode
      city
      district
      line
    }
  }
`);

/** Everything the wizard's steps read; every save answers with it, so the cache stays whole. */
export const WizardAmendmentFields = graphql(`
  fragment WizardAmendmentFields on Amendment {
    id
    status
    statusLabel
    items
    version
    draftExpiresAt
    lastEditedAt
    applicant {
      id
      uiNumber
    }
    current {
      ...WizardValuesFields
    }
    requested {
      ...WizardValuesFields
    }
    changes {
      field
      before
      after
    }
    checklist {
      type
      label
      uploaded
    }
    documents {
      id
      type
      mimeType
      originalName
      size
      width
      height
      uploadedAt
      downloadUrl
    }
    fee {
      amount
      currency
      status
      cardPrinted
      receiptIssued
      lines {
        item
        label
        amount
        rule
        explanation
      }
    }
  }
`);

export const WizardAmendmentQuery = graphql(`
  query WizardAmendment($id: ID!) {
    amendment(id: $id) {
      ...WizardAmendmentFields
    }
  }
`);

/** What each item unlocks, needs and costs, and each document's limits (shown before upload). */
export const WizardRequirementsQuery = graphql(`
  query WizardRequirements {
    amendmentRequirements {
      item
      label
      unlocks
      printsCard
      needsReview
      fee {
        amount
        explanation
      }
      documents {
        type
        label
        accept
        allowedFormats
        maxBytes
        minWidth
        minHeight
      }
    }
  }
`);

export const WizardCitiesQuery = graphql(`
  query WizardCities {
    taiwanCities {
      code
      name
      nameZhTw
      districts {
        name
        nameZhTw
        postalCode
      }
    }
  }
`);

export const WizardCollectionPlacesQuery = graphql(`
  query WizardCollectionPlaces {
    collectionPlaces {
      code
      name
    }
  }
`);

export const WizardCountriesQuery = graphql(`
  query WizardCountries {
    countries {
      code
      name
    }
  }
`);

export const WizardSaveDraftMutation = graphql(`
  mutation WizardSaveDraft($id: ID!, $input: SaveAmendmentDraftInput!) {
    saveAmendmentDraft(id: $id, input: $input) {
      ...WizardAmendmentFields
    }
  }
`);

export const WizardRemoveDocumentMutation = graphql(`
  mutation WizardRemoveDocument($id: ID!) {
    removeAmendmentDocument(id: $id)
  }
`);

export const WizardSubmitMutation = graphql(`
  mutation WizardSubmit($id: ID!, $idempotencyKey: String!) {
    submitAmendment(id: $id, idempotencyKey: $idempotencyKey) {
      id
      status
      statusLabel
      applicationNumber
      submittedAt
    }
  }
`);
