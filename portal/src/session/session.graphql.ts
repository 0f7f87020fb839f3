import { graphql } from '../generated';

export const SessionFields = graphql(`
  fragment SessionFields on Session {
    expiresAt
    absoluteExpiresAt
    passwordExpiresAt
    restricted
    account {
      id
      accountName
      displayName
      email
      role
      organisationName
      applicantId
      locale
    }
  }
`);

/** Reading the session does not extend it (the countdown polls this). */
export const PortalSessionQuery = graphql(`
  query PortalSession {
    session {
      ...SessionFields
    }
  }
`);

/** Any real request extends the session; "stay signed in" asks for this. */
export const StaySignedInQuery = graphql(`
  query StaySignedIn {
    me {
      id
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
