import { graphql } from '../generated';

export const WizardTermsQuery = graphql(`
  query WizardTerms {
    amendmentTerms {
      version
      title
      effectiveFrom
      accepted
      clauses {
        number
        text
      }
    }
  }
`);

export const WizardAcceptTermsMutation = graphql(`
  mutation WizardAcceptTerms($version: String!) {
    acceptAmendmentTerms(version: $version) {
      version
      acceptedAt
    }
  }
`);

/** The holder an applicant account is bound to: its own UI number and birth date, to prefill. */
export const WizardOwnHolderQuery = graphql(`
  query WizardOwnHolder($id: ID!) {
    applicant(id: $id) {
      id
      uiNumber
      birthDate
    }
  }
`);

/** Public, no lookup: shape and check digit only (a hint while typing). */
export const WizardCheckUiNumberQuery = graphql(`
  query WizardCheckUiNumber($uiNumber: String!) {
    checkUiNumber(uiNumber: $uiNumber) {
      valid
      format
      problem
    }
  }
`);

export const WizardStartMutation = graphql(`
  mutation WizardStart($input: StartAmendmentInput!) {
    startAmendment(input: $input) {
      id
      status
      items
    }
  }
`);
