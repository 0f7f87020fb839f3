import { graphql } from '../generated';

/** Single use: a new one after every attempt, and on request ("new image"). */
export const AccountCaptchaQuery = graphql(`
  query AccountCaptcha {
    captcha {
      id
      image
      expiresAt
    }
  }
`);

/** Browsers take the HttpOnly cookie (`cookie: true`); the session drives the countdown. */
export const AccountLoginMutation = graphql(`
  mutation AccountLogin($input: LoginInput!) {
    login(input: $input) {
      ...SessionFields
    }
  }
`);

export const AccountRegisterMutation = graphql(`
  mutation AccountRegister($input: RegisterInput!) {
    register(input: $input) {
      accepted
      message
    }
  }
`);

export const AccountVerifyEmailMutation = graphql(`
  mutation AccountVerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      accepted
      message
    }
  }
`);

export const AccountResendVerificationMutation = graphql(`
  mutation AccountResendVerification($email: String!) {
    resendVerificationEmail(email: $email) {
      accepted
      message
    }
  }
`);

export const AccountRequestPasswordResetMutation = graphql(`
  mutation AccountRequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email) {
      accepted
      message
    }
  }
`);

export const AccountResetPasswordMutation = graphql(`
  mutation AccountResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      accepted
      message
    }
  }
`);

export const AccountRecoverNameMutation = graphql(`
  mutation AccountRecoverName($email: String!) {
    recoverAccountName(email: $email) {
      accepted
      message
    }
  }
`);

export const AccountChangePasswordMutation = graphql(`
  mutation AccountChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      id
      passwordChangedAt
      passwordExpiresAt
    }
  }
`);

export const AccountProfileQuery = graphql(`
  query AccountProfile {
    me {
      id
      accountName
      displayName
      email
      emailVerified
      role
      organisationName
      locale
      passwordChangedAt
      passwordExpiresAt
    }
  }
`);

export const AccountConfirmContactEmailMutation = graphql(`
  mutation AccountConfirmContactEmail($token: String!) {
    confirmAmendmentEmail(token: $token) {
      applicationNumber
      status
      statusLabel
    }
  }
`);
