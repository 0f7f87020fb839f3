/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AccountCaptcha {\n    captcha {\n      id\n      image\n      expiresAt\n    }\n  }\n": typeof types.AccountCaptchaDocument,
    "\n  mutation AccountLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.AccountLoginDocument,
    "\n  mutation AccountRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accepted\n      message\n    }\n  }\n": typeof types.AccountRegisterDocument,
    "\n  mutation AccountVerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      accepted\n      message\n    }\n  }\n": typeof types.AccountVerifyEmailDocument,
    "\n  mutation AccountResendVerification($email: String!) {\n    resendVerificationEmail(email: $email) {\n      accepted\n      message\n    }\n  }\n": typeof types.AccountResendVerificationDocument,
    "\n  mutation AccountRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      accepted\n      message\n    }\n  }\n": typeof types.AccountRequestPasswordResetDocument,
    "\n  mutation AccountResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      accepted\n      message\n    }\n  }\n": typeof types.AccountResetPasswordDocument,
    "\n  mutation AccountRecoverName($email: String!) {\n    recoverAccountName(email: $email) {\n      accepted\n      message\n    }\n  }\n": typeof types.AccountRecoverNameDocument,
    "\n  mutation AccountChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      passwordChangedAt\n      passwordExpiresAt\n    }\n  }\n": typeof types.AccountChangePasswordDocument,
    "\n  query AccountProfile {\n    me {\n      id\n      accountName\n      displayName\n      email\n      emailVerified\n      role\n      organisationName\n      locale\n      passwordChangedAt\n      passwordExpiresAt\n    }\n  }\n": typeof types.AccountProfileDocument,
    "\n  mutation AccountConfirmContactEmail($token: String!) {\n    confirmAmendmentEmail(token: $token) {\n      applicationNumber\n      status\n      statusLabel\n    }\n  }\n": typeof types.AccountConfirmContactEmailDocument,
    "\n  query AccountPolicy {\n    accountPolicy {\n      passwordMinLength\n      passwordMaxLength\n      lockoutThreshold\n      emailVerificationHours\n      passwordResetMinutes\n      passwordMaxAgeDays\n      sessionIdleMinutes\n    }\n  }\n": typeof types.AccountPolicyDocument,
    "\n  fragment AgencyMandateFields on Mandate {\n    id\n    applicantId\n    applicantUiNumber\n    holderName\n    granteeId\n    granteeName\n    items\n    validFrom\n    validUntil\n    status\n    source\n    activeNow\n    createdAt\n    documentUrl\n    decisionNote\n  }\n": typeof types.AgencyMandateFieldsFragmentDoc,
    "\n  query AgencyMandates {\n    mandates {\n      ...AgencyMandateFields\n    }\n  }\n": typeof types.AgencyMandatesDocument,
    "\n  query AgencyItemLabels {\n    amendmentRequirements {\n      item\n      label\n    }\n  }\n": typeof types.AgencyItemLabelsDocument,
    "\n  mutation AgencyGrantMandate($input: GrantMandateInput!) {\n    createMandate(input: $input) {\n      ...AgencyMandateFields\n    }\n  }\n": typeof types.AgencyGrantMandateDocument,
    "\n  mutation AgencyRequestMandate($input: RequestMandateInput!, $file: Upload!) {\n    requestMandate(input: $input, file: $file) {\n      ...AgencyMandateFields\n    }\n  }\n": typeof types.AgencyRequestMandateDocument,
    "\n  mutation AgencyRevokeMandate($id: ID!) {\n    revokeMandate(id: $id) {\n      ...AgencyMandateFields\n    }\n  }\n": typeof types.AgencyRevokeMandateDocument,
    "\n  fragment AgencyApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdAt\n  }\n": typeof types.AgencyApiKeyFieldsFragmentDoc,
    "\n  query AgencyApiKeys {\n    apiKeys {\n      ...AgencyApiKeyFields\n    }\n  }\n": typeof types.AgencyApiKeysDocument,
    "\n  mutation AgencyCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      token\n      apiKey {\n        ...AgencyApiKeyFields\n      }\n    }\n  }\n": typeof types.AgencyCreateApiKeyDocument,
    "\n  mutation AgencyRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...AgencyApiKeyFields\n    }\n  }\n": typeof types.AgencyRevokeApiKeyDocument,
    "\n  fragment AgencyWebhookSubscriptionFields on WebhookSubscription {\n    id\n    url\n    events\n    active\n    createdAt\n  }\n": typeof types.AgencyWebhookSubscriptionFieldsFragmentDoc,
    "\n  query AgencyWebhookSubscriptions {\n    webhookSubscriptions {\n      ...AgencyWebhookSubscriptionFields\n    }\n  }\n": typeof types.AgencyWebhookSubscriptionsDocument,
    "\n  mutation AgencyCreateWebhook($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        ...AgencyWebhookSubscriptionFields\n      }\n    }\n  }\n": typeof types.AgencyCreateWebhookDocument,
    "\n  mutation AgencyDeleteWebhook($id: ID!) {\n    deleteWebhookSubscription(id: $id)\n  }\n": typeof types.AgencyDeleteWebhookDocument,
    "\n  fragment AgencyWebhookDeliveryFields on WebhookDelivery {\n    id\n    subscriptionId\n    eventId\n    eventType\n    amendmentId\n    status\n    attempts\n    nextAttemptAt\n    lastAttemptAt\n    lastStatusCode\n    lastError\n    payload\n    createdAt\n    deliveredAt\n  }\n": typeof types.AgencyWebhookDeliveryFieldsFragmentDoc,
    "\n  query AgencyWebhookDeliveries($status: WebhookDeliveryStatus, $page: Int!, $perPage: Int!) {\n    webhookDeliveries(status: $status, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...AgencyWebhookDeliveryFields\n      }\n    }\n  }\n": typeof types.AgencyWebhookDeliveriesDocument,
    "\n  mutation AgencyRedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      ...AgencyWebhookDeliveryFields\n    }\n  }\n": typeof types.AgencyRedeliverWebhookDocument,
    "\n  fragment AnnouncementsNoticeFields on Announcement {\n    id\n    title\n    body\n    issuingUnit\n    important\n    publishFrom\n    publishUntil\n  }\n": typeof types.AnnouncementsNoticeFieldsFragmentDoc,
    "\n  query AnnouncementsBoard($page: Int!, $perPage: Int!) {\n    announcements(page: $page, perPage: $perPage) {\n      items {\n        ...AnnouncementsNoticeFields\n      }\n      total\n    }\n  }\n": typeof types.AnnouncementsBoardDocument,
    "\n  query AnnouncementsNotice($id: ID!) {\n    announcement(id: $id) {\n      ...AnnouncementsNoticeFields\n    }\n  }\n": typeof types.AnnouncementsNoticeDocument,
    "\n  fragment CasesCentreFields on ServiceCentre {\n    code\n    name\n    address\n    openingHours\n  }\n": typeof types.CasesCentreFieldsFragmentDoc,
    "\n  query CasesMyAmendments {\n    myAmendments {\n      id\n      applicationNumber\n      status\n      statusLabel\n      items\n      updatedAt\n      draftExpiresAt\n      applicant {\n        id\n        englishSurname\n        englishGivenName\n        chineseName\n      }\n      fee {\n        amount\n        status\n        payable\n        cardPrinted\n      }\n      current {\n        collectionPlace {\n          ...CasesCentreFields\n        }\n      }\n      requested {\n        collectionPlace {\n          ...CasesCentreFields\n        }\n      }\n    }\n  }\n": typeof types.CasesMyAmendmentsDocument,
    "\n  query CasesRequirements {\n    amendmentRequirements {\n      item\n      label\n      documents {\n        type\n        label\n        accept\n        maxBytes\n        summary\n      }\n    }\n  }\n": typeof types.CasesRequirementsDocument,
    "\n  fragment CasesPaymentFields on Payment {\n    id\n    method\n    status\n    amount\n    createdAt\n    paidAt\n    duplicate\n    instructions {\n      bankCode\n      virtualAccount\n      paymentCode\n      expiresAt\n    }\n  }\n": typeof types.CasesPaymentFieldsFragmentDoc,
    "\n  query CasesAmendment($id: ID!) {\n    amendment(id: $id) {\n      id\n      applicationNumber\n      status\n      statusLabel\n      items\n      version\n      submittedAt\n      decidedAt\n      updatedAt\n      receiptUrl\n      summaryUrl\n      applicant {\n        id\n        englishSurname\n        englishGivenName\n        chineseName\n      }\n      changes {\n        field\n        before\n        after\n      }\n      current {\n        sex\n        passport {\n          number\n          issueDate\n          expiryDate\n          issuingCountry {\n            name\n          }\n        }\n        collectionPlace {\n          ...CasesCentreFields\n        }\n      }\n      requested {\n        sex\n        passport {\n          number\n          issueDate\n          expiryDate\n          issuingCountry {\n            name\n          }\n        }\n        collectionPlace {\n          ...CasesCentreFields\n        }\n      }\n      documents {\n        id\n        type\n        originalName\n        size\n        uploadedAt\n        downloadUrl\n      }\n      events {\n        type\n        at\n        toStatus\n        statusLabel\n        actorRole\n        note\n      }\n      fee {\n        amount\n        status\n        payable\n        cardPrinted\n        receiptIssued\n        lines {\n          item\n          label\n          amount\n          explanation\n        }\n      }\n      payments {\n        ...CasesPaymentFields\n      }\n      supplementRequest {\n        requestedAt\n        message\n        documents {\n          type\n          label\n          uploaded\n        }\n      }\n    }\n  }\n": typeof types.CasesAmendmentDocument,
    "\n  mutation CasesStartFeePayment($amendmentId: ID!, $method: PaymentMethod!) {\n    startFeePayment(amendmentId: $amendmentId, method: $method) {\n      formAction\n      formMethod\n      formFields {\n        name\n        value\n      }\n      payment {\n        ...CasesPaymentFields\n      }\n    }\n  }\n": typeof types.CasesStartFeePaymentDocument,
    "\n  mutation CasesWithdraw($id: ID!, $note: String) {\n    withdrawAmendment(id: $id, note: $note) {\n      id\n      status\n      statusLabel\n    }\n  }\n": typeof types.CasesWithdrawDocument,
    "\n  mutation CasesRespondToSupplement($amendmentId: ID!, $note: String) {\n    respondToSupplementRequest(amendmentId: $amendmentId, note: $note) {\n      id\n      status\n      statusLabel\n    }\n  }\n": typeof types.CasesRespondToSupplementDocument,
    "\n  query CasesUnreadCount {\n    notifications(unreadOnly: true, perPage: 1) {\n      unread\n    }\n    todos {\n      ...TodosItemFields\n    }\n  }\n": typeof types.CasesUnreadCountDocument,
    "\n  query CasesNotifications($page: Int!, $perPage: Int!) {\n    notifications(page: $page, perPage: $perPage) {\n      total\n      unread\n      items {\n        id\n        kind\n        amendmentId\n        title\n        body\n        createdAt\n        readAt\n      }\n    }\n  }\n": typeof types.CasesNotificationsDocument,
    "\n  mutation CasesMarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.CasesMarkNotificationReadDocument,
    "\n  mutation CasesMarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.CasesMarkAllNotificationsReadDocument,
    "\n  query HomeRequirements {\n    amendmentRequirements {\n      item\n      label\n      needsReview\n      printsCard\n      fee {\n        amount\n        amountHongKongMacau\n        explanation\n      }\n      documents {\n        type\n        label\n        summary\n      }\n    }\n  }\n": typeof types.HomeRequirementsDocument,
    "\n  fragment SessionFields on Session {\n    expiresAt\n    absoluteExpiresAt\n    passwordExpiresAt\n    restricted\n    account {\n      id\n      accountName\n      displayName\n      email\n      role\n      organisationName\n      applicantId\n      locale\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  query PortalSession {\n    session {\n      ...SessionFields\n    }\n  }\n": typeof types.PortalSessionDocument,
    "\n  query StaySignedIn {\n    me {\n      id\n    }\n  }\n": typeof types.StaySignedInDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment TodosItemFields on TodoItem {\n    kind\n    title\n    detail\n    amendmentId\n    applicationNumber\n    dueAt\n    link\n  }\n": typeof types.TodosItemFieldsFragmentDoc,
    "\n  query TodosList {\n    todos {\n      ...TodosItemFields\n    }\n  }\n": typeof types.TodosListDocument,
    "\n  query WizardTerms {\n    amendmentTerms {\n      version\n      title\n      effectiveFrom\n      accepted\n      clauses {\n        number\n        text\n      }\n    }\n  }\n": typeof types.WizardTermsDocument,
    "\n  mutation WizardAcceptTerms($version: String!) {\n    acceptAmendmentTerms(version: $version) {\n      version\n      acceptedAt\n    }\n  }\n": typeof types.WizardAcceptTermsDocument,
    "\n  query WizardOwnHolder($id: ID!) {\n    applicant(id: $id) {\n      id\n      uiNumber\n      birthDate\n    }\n  }\n": typeof types.WizardOwnHolderDocument,
    "\n  query WizardCheckUiNumber($uiNumber: String!) {\n    checkUiNumber(uiNumber: $uiNumber) {\n      valid\n      format\n      problem\n    }\n  }\n": typeof types.WizardCheckUiNumberDocument,
    "\n  mutation WizardStart($input: StartAmendmentInput!) {\n    startAmendment(input: $input) {\n      id\n      status\n      items\n    }\n  }\n": typeof types.WizardStartDocument,
    "\n  fragment WizardValuesFields on AmendmentValuesView {\n    englishSurname\n    englishGivenName\n    chineseName\n    sex\n    email\n    mobile\n    collectionPlaceCode\n    collectionPlace {\n      code\n      name\n    }\n    passport {\n      number\n      issueDate\n      expiryDate\n      issuingCountry {\n        code\n        name\n      }\n    }\n    residence {\n      postalCode\n      city\n      district\n      line\n    }\n  }\n": typeof types.WizardValuesFieldsFragmentDoc,
    "\n  fragment WizardAmendmentFields on Amendment {\n    id\n    status\n    statusLabel\n    items\n    version\n    draftExpiresAt\n    lastEditedAt\n    applicant {\n      id\n      uiNumber\n    }\n    current {\n      ...WizardValuesFields\n    }\n    requested {\n      ...WizardValuesFields\n    }\n    changes {\n      field\n      before\n      after\n    }\n    checklist {\n      type\n      label\n      uploaded\n    }\n    documents {\n      id\n      type\n      mimeType\n      originalName\n      size\n      width\n      height\n      uploadedAt\n      downloadUrl\n    }\n    fee {\n      amount\n      currency\n      status\n      cardPrinted\n      receiptIssued\n      lines {\n        item\n        label\n        amount\n        rule\n        explanation\n      }\n    }\n  }\n": typeof types.WizardAmendmentFieldsFragmentDoc,
    "\n  query WizardAmendment($id: ID!) {\n    amendment(id: $id) {\n      ...WizardAmendmentFields\n    }\n  }\n": typeof types.WizardAmendmentDocument,
    "\n  query WizardRequirements {\n    amendmentRequirements {\n      item\n      label\n      unlocks\n      printsCard\n      needsReview\n      fee {\n        amount\n        explanation\n      }\n      documents {\n        type\n        label\n        accept\n        allowedFormats\n        maxBytes\n        minWidth\n        minHeight\n      }\n    }\n  }\n": typeof types.WizardRequirementsDocument,
    "\n  query WizardCities {\n    taiwanCities {\n      code\n      name\n      nameZhTw\n      districts {\n        name\n        nameZhTw\n        postalCode\n      }\n    }\n  }\n": typeof types.WizardCitiesDocument,
    "\n  query WizardCollectionPlaces {\n    collectionPlaces {\n      code\n      name\n    }\n  }\n": typeof types.WizardCollectionPlacesDocument,
    "\n  query WizardCountries {\n    countries {\n      code\n      name\n    }\n  }\n": typeof types.WizardCountriesDocument,
    "\n  mutation WizardSaveDraft($id: ID!, $input: SaveAmendmentDraftInput!) {\n    saveAmendmentDraft(id: $id, input: $input) {\n      ...WizardAmendmentFields\n    }\n  }\n": typeof types.WizardSaveDraftDocument,
    "\n  mutation WizardRemoveDocument($id: ID!) {\n    removeAmendmentDocument(id: $id)\n  }\n": typeof types.WizardRemoveDocumentDocument,
    "\n  mutation WizardSubmit($id: ID!, $idempotencyKey: String!) {\n    submitAmendment(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      statusLabel\n      applicationNumber\n      submittedAt\n    }\n  }\n": typeof types.WizardSubmitDocument,
};
const documents: Documents = {
    "\n  query AccountCaptcha {\n    captcha {\n      id\n      image\n      expiresAt\n    }\n  }\n": types.AccountCaptchaDocument,
    "\n  mutation AccountLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.AccountLoginDocument,
    "\n  mutation AccountRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accepted\n      message\n    }\n  }\n": types.AccountRegisterDocument,
    "\n  mutation AccountVerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      accepted\n      message\n    }\n  }\n": types.AccountVerifyEmailDocument,
    "\n  mutation AccountResendVerification($email: String!) {\n    resendVerificationEmail(email: $email) {\n      accepted\n      message\n    }\n  }\n": types.AccountResendVerificationDocument,
    "\n  mutation AccountRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      accepted\n      message\n    }\n  }\n": types.AccountRequestPasswordResetDocument,
    "\n  mutation AccountResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      accepted\n      message\n    }\n  }\n": types.AccountResetPasswordDocument,
    "\n  mutation AccountRecoverName($email: String!) {\n    recoverAccountName(email: $email) {\n      accepted\n      message\n    }\n  }\n": types.AccountRecoverNameDocument,
    "\n  mutation AccountChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      passwordChangedAt\n      passwordExpiresAt\n    }\n  }\n": types.AccountChangePasswordDocument,
    "\n  query AccountProfile {\n    me {\n      id\n      accountName\n      displayName\n      email\n      emailVerified\n      role\n      organisationName\n      locale\n      passwordChangedAt\n      passwordExpiresAt\n    }\n  }\n": types.AccountProfileDocument,
    "\n  mutation AccountConfirmContactEmail($token: String!) {\n    confirmAmendmentEmail(token: $token) {\n      applicationNumber\n      status\n      statusLabel\n    }\n  }\n": types.AccountConfirmContactEmailDocument,
    "\n  query AccountPolicy {\n    accountPolicy {\n      passwordMinLength\n      passwordMaxLength\n      lockoutThreshold\n      emailVerificationHours\n      passwordResetMinutes\n      passwordMaxAgeDays\n      sessionIdleMinutes\n    }\n  }\n": types.AccountPolicyDocument,
    "\n  fragment AgencyMandateFields on Mandate {\n    id\n    applicantId\n    applicantUiNumber\n    holderName\n    granteeId\n    granteeName\n    items\n    validFrom\n    validUntil\n    status\n    source\n    activeNow\n    createdAt\n    documentUrl\n    decisionNote\n  }\n": types.AgencyMandateFieldsFragmentDoc,
    "\n  query AgencyMandates {\n    mandates {\n      ...AgencyMandateFields\n    }\n  }\n": types.AgencyMandatesDocument,
    "\n  query AgencyItemLabels {\n    amendmentRequirements {\n      item\n      label\n    }\n  }\n": types.AgencyItemLabelsDocument,
    "\n  mutation AgencyGrantMandate($input: GrantMandateInput!) {\n    createMandate(input: $input) {\n      ...AgencyMandateFields\n    }\n  }\n": types.AgencyGrantMandateDocument,
    "\n  mutation AgencyRequestMandate($input: RequestMandateInput!, $file: Upload!) {\n    requestMandate(input: $input, file: $file) {\n      ...AgencyMandateFields\n    }\n  }\n": types.AgencyRequestMandateDocument,
    "\n  mutation AgencyRevokeMandate($id: ID!) {\n    revokeMandate(id: $id) {\n      ...AgencyMandateFields\n    }\n  }\n": types.AgencyRevokeMandateDocument,
    "\n  fragment AgencyApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdAt\n  }\n": types.AgencyApiKeyFieldsFragmentDoc,
    "\n  query AgencyApiKeys {\n    apiKeys {\n      ...AgencyApiKeyFields\n    }\n  }\n": types.AgencyApiKeysDocument,
    "\n  mutation AgencyCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      token\n      apiKey {\n        ...AgencyApiKeyFields\n      }\n    }\n  }\n": types.AgencyCreateApiKeyDocument,
    "\n  mutation AgencyRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...AgencyApiKeyFields\n    }\n  }\n": types.AgencyRevokeApiKeyDocument,
    "\n  fragment AgencyWebhookSubscriptionFields on WebhookSubscription {\n    id\n    url\n    events\n    active\n    createdAt\n  }\n": types.AgencyWebhookSubscriptionFieldsFragmentDoc,
    "\n  query AgencyWebhookSubscriptions {\n    webhookSubscriptions {\n      ...AgencyWebhookSubscriptionFields\n    }\n  }\n": types.AgencyWebhookSubscriptionsDocument,
    "\n  mutation AgencyCreateWebhook($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        ...AgencyWebhookSubscriptionFields\n      }\n    }\n  }\n": types.AgencyCreateWebhookDocument,
    "\n  mutation AgencyDeleteWebhook($id: ID!) {\n    deleteWebhookSubscription(id: $id)\n  }\n": types.AgencyDeleteWebhookDocument,
    "\n  fragment AgencyWebhookDeliveryFields on WebhookDelivery {\n    id\n    subscriptionId\n    eventId\n    eventType\n    amendmentId\n    status\n    attempts\n    nextAttemptAt\n    lastAttemptAt\n    lastStatusCode\n    lastError\n    payload\n    createdAt\n    deliveredAt\n  }\n": types.AgencyWebhookDeliveryFieldsFragmentDoc,
    "\n  query AgencyWebhookDeliveries($status: WebhookDeliveryStatus, $page: Int!, $perPage: Int!) {\n    webhookDeliveries(status: $status, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...AgencyWebhookDeliveryFields\n      }\n    }\n  }\n": types.AgencyWebhookDeliveriesDocument,
    "\n  mutation AgencyRedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      ...AgencyWebhookDeliveryFields\n    }\n  }\n": types.AgencyRedeliverWebhookDocument,
    "\n  fragment AnnouncementsNoticeFields on Announcement {\n    id\n    title\n    body\n    issuingUnit\n    important\n    publishFrom\n    publishUntil\n  }\n": types.AnnouncementsNoticeFieldsFragmentDoc,
    "\n  query AnnouncementsBoard($page: Int!, $perPage: Int!) {\n    announcements(page: $page, perPage: $perPage) {\n      items {\n        ...AnnouncementsNoticeFields\n      }\n      total\n    }\n  }\n": types.AnnouncementsBoardDocument,
    "\n  query AnnouncementsNotice($id: ID!) {\n    announcement(id: $id) {\n      ...AnnouncementsNoticeFields\n    }\n  }\n": types.AnnouncementsNoticeDocument,
    "\n  fragment CasesCentreFields on ServiceCentre {\n    code\n    name\n    address\n    openingHours\n  }\n": types.CasesCentreFieldsFragmentDoc,
    "\n  query CasesMyAmendments {\n    myAmendments {\n      id\n      applicationNumber\n      status\n      statusLabel\n      items\n      updatedAt\n      draftExpiresAt\n      applicant {\n        id\n        englishSurname\n        englishGivenName\n        chineseName\n      }\n      fee {\n        amount\n        status\n        payable\n        cardPrinted\n      }\n      current {\n        collectionPlace {\n          ...CasesCentreFields\n        }\n      }\n      requested {\n        collectionPlace {\n          ...CasesCentreFields\n        }\n      }\n    }\n  }\n": types.CasesMyAmendmentsDocument,
    "\n  query CasesRequirements {\n    amendmentRequirements {\n      item\n      label\n      documents {\n        type\n        label\n        accept\n        maxBytes\n        summary\n      }\n    }\n  }\n": types.CasesRequirementsDocument,
    "\n  fragment CasesPaymentFields on Payment {\n    id\n    method\n    status\n    amount\n    createdAt\n    paidAt\n    duplicate\n    instructions {\n      bankCode\n      virtualAccount\n      paymentCode\n      expiresAt\n    }\n  }\n": types.CasesPaymentFieldsFragmentDoc,
    "\n  query CasesAmendment($id: ID!) {\n    amendment(id: $id) {\n      id\n      applicationNumber\n      status\n      statusLabel\n      items\n      version\n      submittedAt\n      decidedAt\n      updatedAt\n      receiptUrl\n      summaryUrl\n      applicant {\n        id\n        englishSurname\n        englishGivenName\n        chineseName\n      }\n      changes {\n        field\n        before\n        after\n      }\n      current {\n        sex\n        passport {\n          number\n          issueDate\n          expiryDate\n          issuingCountry {\n            name\n          }\n        }\n        collectionPlace {\n          ...CasesCentreFields\n        }\n      }\n      requested {\n        sex\n        passport {\n          number\n          issueDate\n          expiryDate\n          issuingCountry {\n            name\n          }\n        }\n        collectionPlace {\n          ...CasesCentreFields\n        }\n      }\n      documents {\n        id\n        type\n        originalName\n        size\n        uploadedAt\n        downloadUrl\n      }\n      events {\n        type\n        at\n        toStatus\n        statusLabel\n        actorRole\n        note\n      }\n      fee {\n        amount\n        status\n        payable\n        cardPrinted\n        receiptIssued\n        lines {\n          item\n          label\n          amount\n          explanation\n        }\n      }\n      payments {\n        ...CasesPaymentFields\n      }\n      supplementRequest {\n        requestedAt\n        message\n        documents {\n          type\n          label\n          uploaded\n        }\n      }\n    }\n  }\n": types.CasesAmendmentDocument,
    "\n  mutation CasesStartFeePayment($amendmentId: ID!, $method: PaymentMethod!) {\n    startFeePayment(amendmentId: $amendmentId, method: $method) {\n      formAction\n      formMethod\n      formFields {\n        name\n        value\n      }\n      payment {\n        ...CasesPaymentFields\n      }\n    }\n  }\n": types.CasesStartFeePaymentDocument,
    "\n  mutation CasesWithdraw($id: ID!, $note: String) {\n    withdrawAmendment(id: $id, note: $note) {\n      id\n      status\n      statusLabel\n    }\n  }\n": types.CasesWithdrawDocument,
    "\n  mutation CasesRespondToSupplement($amendmentId: ID!, $note: String) {\n    respondToSupplementRequest(amendmentId: $amendmentId, note: $note) {\n      id\n      status\n      statusLabel\n    }\n  }\n": types.CasesRespondToSupplementDocument,
    "\n  query CasesUnreadCount {\n    notifications(unreadOnly: true, perPage: 1) {\n      unread\n    }\n    todos {\n      ...TodosItemFields\n    }\n  }\n": types.CasesUnreadCountDocument,
    "\n  query CasesNotifications($page: Int!, $perPage: Int!) {\n    notifications(page: $page, perPage: $perPage) {\n      total\n      unread\n      items {\n        id\n        kind\n        amendmentId\n        title\n        body\n        createdAt\n        readAt\n      }\n    }\n  }\n": types.CasesNotificationsDocument,
    "\n  mutation CasesMarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.CasesMarkNotificationReadDocument,
    "\n  mutation CasesMarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.CasesMarkAllNotificationsReadDocument,
    "\n  query HomeRequirements {\n    amendmentRequirements {\n      item\n      label\n      needsReview\n      printsCard\n      fee {\n        amount\n        amountHongKongMacau\n        explanation\n      }\n      documents {\n        type\n        label\n        summary\n      }\n    }\n  }\n": types.HomeRequirementsDocument,
    "\n  fragment SessionFields on Session {\n    expiresAt\n    absoluteExpiresAt\n    passwordExpiresAt\n    restricted\n    account {\n      id\n      accountName\n      displayName\n      email\n      role\n      organisationName\n      applicantId\n      locale\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  query PortalSession {\n    session {\n      ...SessionFields\n    }\n  }\n": types.PortalSessionDocument,
    "\n  query StaySignedIn {\n    me {\n      id\n    }\n  }\n": types.StaySignedInDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment TodosItemFields on TodoItem {\n    kind\n    title\n    detail\n    amendmentId\n    applicationNumber\n    dueAt\n    link\n  }\n": types.TodosItemFieldsFragmentDoc,
    "\n  query TodosList {\n    todos {\n      ...TodosItemFields\n    }\n  }\n": types.TodosListDocument,
    "\n  query WizardTerms {\n    amendmentTerms {\n      version\n      title\n      effectiveFrom\n      accepted\n      clauses {\n        number\n        text\n      }\n    }\n  }\n": types.WizardTermsDocument,
    "\n  mutation WizardAcceptTerms($version: String!) {\n    acceptAmendmentTerms(version: $version) {\n      version\n      acceptedAt\n    }\n  }\n": types.WizardAcceptTermsDocument,
    "\n  query WizardOwnHolder($id: ID!) {\n    applicant(id: $id) {\n      id\n      uiNumber\n      birthDate\n    }\n  }\n": types.WizardOwnHolderDocument,
    "\n  query WizardCheckUiNumber($uiNumber: String!) {\n    checkUiNumber(uiNumber: $uiNumber) {\n      valid\n      format\n      problem\n    }\n  }\n": types.WizardCheckUiNumberDocument,
    "\n  mutation WizardStart($input: StartAmendmentInput!) {\n    startAmendment(input: $input) {\n      id\n      status\n      items\n    }\n  }\n": types.WizardStartDocument,
    "\n  fragment WizardValuesFields on AmendmentValuesView {\n    englishSurname\n    englishGivenName\n    chineseName\n    sex\n    email\n    mobile\n    collectionPlaceCode\n    collectionPlace {\n      code\n      name\n    }\n    passport {\n      number\n      issueDate\n      expiryDate\n      issuingCountry {\n        code\n        name\n      }\n    }\n    residence {\n      postalCode\n      city\n      district\n      line\n    }\n  }\n": types.WizardValuesFieldsFragmentDoc,
    "\n  fragment WizardAmendmentFields on Amendment {\n    id\n    status\n    statusLabel\n    items\n    version\n    draftExpiresAt\n    lastEditedAt\n    applicant {\n      id\n      uiNumber\n    }\n    current {\n      ...WizardValuesFields\n    }\n    requested {\n      ...WizardValuesFields\n    }\n    changes {\n      field\n      before\n      after\n    }\n    checklist {\n      type\n      label\n      uploaded\n    }\n    documents {\n      id\n      type\n      mimeType\n      originalName\n      size\n      width\n      height\n      uploadedAt\n      downloadUrl\n    }\n    fee {\n      amount\n      currency\n      status\n      cardPrinted\n      receiptIssued\n      lines {\n        item\n        label\n        amount\n        rule\n        explanation\n      }\n    }\n  }\n": types.WizardAmendmentFieldsFragmentDoc,
    "\n  query WizardAmendment($id: ID!) {\n    amendment(id: $id) {\n      ...WizardAmendmentFields\n    }\n  }\n": types.WizardAmendmentDocument,
    "\n  query WizardRequirements {\n    amendmentRequirements {\n      item\n      label\n      unlocks\n      printsCard\n      needsReview\n      fee {\n        amount\n        explanation\n      }\n      documents {\n        type\n        label\n        accept\n        allowedFormats\n        maxBytes\n        minWidth\n        minHeight\n      }\n    }\n  }\n": types.WizardRequirementsDocument,
    "\n  query WizardCities {\n    taiwanCities {\n      code\n      name\n      nameZhTw\n      districts {\n        name\n        nameZhTw\n        postalCode\n      }\n    }\n  }\n": types.WizardCitiesDocument,
    "\n  query WizardCollectionPlaces {\n    collectionPlaces {\n      code\n      name\n    }\n  }\n": types.WizardCollectionPlacesDocument,
    "\n  query WizardCountries {\n    countries {\n      code\n      name\n    }\n  }\n": types.WizardCountriesDocument,
    "\n  mutation WizardSaveDraft($id: ID!, $input: SaveAmendmentDraftInput!) {\n    saveAmendmentDraft(id: $id, input: $input) {\n      ...WizardAmendmentFields\n    }\n  }\n": types.WizardSaveDraftDocument,
    "\n  mutation WizardRemoveDocument($id: ID!) {\n    removeAmendmentDocument(id: $id)\n  }\n": types.WizardRemoveDocumentDocument,
    "\n  mutation WizardSubmit($id: ID!, $idempotencyKey: String!) {\n    submitAmendment(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      statusLabel\n      applicationNumber\n      submittedAt\n    }\n  }\n": types.WizardSubmitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountCaptcha {\n    captcha {\n      id\n      image\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query AccountCaptcha {\n    captcha {\n      id\n      image\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AccountLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accepted\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation AccountRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accepted\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountVerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      accepted\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation AccountVerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      accepted\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountResendVerification($email: String!) {\n    resendVerificationEmail(email: $email) {\n      accepted\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation AccountResendVerification($email: String!) {\n    resendVerificationEmail(email: $email) {\n      accepted\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      accepted\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation AccountRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      accepted\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      accepted\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation AccountResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      accepted\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountRecoverName($email: String!) {\n    recoverAccountName(email: $email) {\n      accepted\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation AccountRecoverName($email: String!) {\n    recoverAccountName(email: $email) {\n      accepted\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      passwordChangedAt\n      passwordExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation AccountChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      passwordChangedAt\n      passwordExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountProfile {\n    me {\n      id\n      accountName\n      displayName\n      email\n      emailVerified\n      role\n      organisationName\n      locale\n      passwordChangedAt\n      passwordExpiresAt\n    }\n  }\n"): (typeof documents)["\n  query AccountProfile {\n    me {\n      id\n      accountName\n      displayName\n      email\n      emailVerified\n      role\n      organisationName\n      locale\n      passwordChangedAt\n      passwordExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountConfirmContactEmail($token: String!) {\n    confirmAmendmentEmail(token: $token) {\n      applicationNumber\n      status\n      statusLabel\n    }\n  }\n"): (typeof documents)["\n  mutation AccountConfirmContactEmail($token: String!) {\n    confirmAmendmentEmail(token: $token) {\n      applicationNumber\n      status\n      statusLabel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPolicy {\n    accountPolicy {\n      passwordMinLength\n      passwordMaxLength\n      lockoutThreshold\n      emailVerificationHours\n      passwordResetMinutes\n      passwordMaxAgeDays\n      sessionIdleMinutes\n    }\n  }\n"): (typeof documents)["\n  query AccountPolicy {\n    accountPolicy {\n      passwordMinLength\n      passwordMaxLength\n      lockoutThreshold\n      emailVerificationHours\n      passwordResetMinutes\n      passwordMaxAgeDays\n      sessionIdleMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyMandateFields on Mandate {\n    id\n    applicantId\n    applicantUiNumber\n    holderName\n    granteeId\n    granteeName\n    items\n    validFrom\n    validUntil\n    status\n    source\n    activeNow\n    createdAt\n    documentUrl\n    decisionNote\n  }\n"): (typeof documents)["\n  fragment AgencyMandateFields on Mandate {\n    id\n    applicantId\n    applicantUiNumber\n    holderName\n    granteeId\n    granteeName\n    items\n    validFrom\n    validUntil\n    status\n    source\n    activeNow\n    createdAt\n    documentUrl\n    decisionNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyMandates {\n    mandates {\n      ...AgencyMandateFields\n    }\n  }\n"): (typeof documents)["\n  query AgencyMandates {\n    mandates {\n      ...AgencyMandateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyItemLabels {\n    amendmentRequirements {\n      item\n      label\n    }\n  }\n"): (typeof documents)["\n  query AgencyItemLabels {\n    amendmentRequirements {\n      item\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgencyGrantMandate($input: GrantMandateInput!) {\n    createMandate(input: $input) {\n      ...AgencyMandateFields\n    }\n  }\n"): (typeof documents)["\n  mutation AgencyGrantMandate($input: GrantMandateInput!) {\n    createMandate(input: $input) {\n      ...AgencyMandateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgencyRequestMandate($input: RequestMandateInput!, $file: Upload!) {\n    requestMandate(input: $input, file: $file) {\n      ...AgencyMandateFields\n    }\n  }\n"): (typeof documents)["\n  mutation AgencyRequestMandate($input: RequestMandateInput!, $file: Upload!) {\n    requestMandate(input: $input, file: $file) {\n      ...AgencyMandateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgencyRevokeMandate($id: ID!) {\n    revokeMandate(id: $id) {\n      ...AgencyMandateFields\n    }\n  }\n"): (typeof documents)["\n  mutation AgencyRevokeMandate($id: ID!) {\n    revokeMandate(id: $id) {\n      ...AgencyMandateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AgencyApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyApiKeys {\n    apiKeys {\n      ...AgencyApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  query AgencyApiKeys {\n    apiKeys {\n      ...AgencyApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgencyCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      token\n      apiKey {\n        ...AgencyApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AgencyCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      token\n      apiKey {\n        ...AgencyApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgencyRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...AgencyApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  mutation AgencyRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...AgencyApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyWebhookSubscriptionFields on WebhookSubscription {\n    id\n    url\n    events\n    active\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AgencyWebhookSubscriptionFields on WebhookSubscription {\n    id\n    url\n    events\n    active\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyWebhookSubscriptions {\n    webhookSubscriptions {\n      ...AgencyWebhookSubscriptionFields\n    }\n  }\n"): (typeof documents)["\n  query AgencyWebhookSubscriptions {\n    webhookSubscriptions {\n      ...AgencyWebhookSubscriptionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgencyCreateWebhook($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        ...AgencyWebhookSubscriptionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AgencyCreateWebhook($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        ...AgencyWebhookSubscriptionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgencyDeleteWebhook($id: ID!) {\n    deleteWebhookSubscription(id: $id)\n  }\n"): (typeof documents)["\n  mutation AgencyDeleteWebhook($id: ID!) {\n    deleteWebhookSubscription(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyWebhookDeliveryFields on WebhookDelivery {\n    id\n    subscriptionId\n    eventId\n    eventType\n    amendmentId\n    status\n    attempts\n    nextAttemptAt\n    lastAttemptAt\n    lastStatusCode\n    lastError\n    payload\n    createdAt\n    deliveredAt\n  }\n"): (typeof documents)["\n  fragment AgencyWebhookDeliveryFields on WebhookDelivery {\n    id\n    subscriptionId\n    eventId\n    eventType\n    amendmentId\n    status\n    attempts\n    nextAttemptAt\n    lastAttemptAt\n    lastStatusCode\n    lastError\n    payload\n    createdAt\n    deliveredAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyWebhookDeliveries($status: WebhookDeliveryStatus, $page: Int!, $perPage: Int!) {\n    webhookDeliveries(status: $status, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...AgencyWebhookDeliveryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyWebhookDeliveries($status: WebhookDeliveryStatus, $page: Int!, $perPage: Int!) {\n    webhookDeliveries(status: $status, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...AgencyWebhookDeliveryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgencyRedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      ...AgencyWebhookDeliveryFields\n    }\n  }\n"): (typeof documents)["\n  mutation AgencyRedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      ...AgencyWebhookDeliveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnnouncementsNoticeFields on Announcement {\n    id\n    title\n    body\n    issuingUnit\n    important\n    publishFrom\n    publishUntil\n  }\n"): (typeof documents)["\n  fragment AnnouncementsNoticeFields on Announcement {\n    id\n    title\n    body\n    issuingUnit\n    important\n    publishFrom\n    publishUntil\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnouncementsBoard($page: Int!, $perPage: Int!) {\n    announcements(page: $page, perPage: $perPage) {\n      items {\n        ...AnnouncementsNoticeFields\n      }\n      total\n    }\n  }\n"): (typeof documents)["\n  query AnnouncementsBoard($page: Int!, $perPage: Int!) {\n    announcements(page: $page, perPage: $perPage) {\n      items {\n        ...AnnouncementsNoticeFields\n      }\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnouncementsNotice($id: ID!) {\n    announcement(id: $id) {\n      ...AnnouncementsNoticeFields\n    }\n  }\n"): (typeof documents)["\n  query AnnouncementsNotice($id: ID!) {\n    announcement(id: $id) {\n      ...AnnouncementsNoticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CasesCentreFields on ServiceCentre {\n    code\n    name\n    address\n    openingHours\n  }\n"): (typeof documents)["\n  fragment CasesCentreFields on ServiceCentre {\n    code\n    name\n    address\n    openingHours\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesMyAmendments {\n    myAmendments {\n      id\n      applicationNumber\n      status\n      statusLabel\n      items\n      updatedAt\n      draftExpiresAt\n      applicant {\n        id\n        englishSurname\n        englishGivenName\n        chineseName\n      }\n      fee {\n        amount\n        status\n        payable\n        cardPrinted\n      }\n      current {\n        collectionPlace {\n          ...CasesCentreFields\n        }\n      }\n      requested {\n        collectionPlace {\n          ...CasesCentreFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasesMyAmendments {\n    myAmendments {\n      id\n      applicationNumber\n      status\n      statusLabel\n      items\n      updatedAt\n      draftExpiresAt\n      applicant {\n        id\n        englishSurname\n        englishGivenName\n        chineseName\n      }\n      fee {\n        amount\n        status\n        payable\n        cardPrinted\n      }\n      current {\n        collectionPlace {\n          ...CasesCentreFields\n        }\n      }\n      requested {\n        collectionPlace {\n          ...CasesCentreFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesRequirements {\n    amendmentRequirements {\n      item\n      label\n      documents {\n        type\n        label\n        accept\n        maxBytes\n        summary\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasesRequirements {\n    amendmentRequirements {\n      item\n      label\n      documents {\n        type\n        label\n        accept\n        maxBytes\n        summary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CasesPaymentFields on Payment {\n    id\n    method\n    status\n    amount\n    createdAt\n    paidAt\n    duplicate\n    instructions {\n      bankCode\n      virtualAccount\n      paymentCode\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  fragment CasesPaymentFields on Payment {\n    id\n    method\n    status\n    amount\n    createdAt\n    paidAt\n    duplicate\n    instructions {\n      bankCode\n      virtualAccount\n      paymentCode\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesAmendment($id: ID!) {\n    amendment(id: $id) {\n      id\n      applicationNumber\n      status\n      statusLabel\n      items\n      version\n      submittedAt\n      decidedAt\n      updatedAt\n      receiptUrl\n      summaryUrl\n      applicant {\n        id\n        englishSurname\n        englishGivenName\n        chineseName\n      }\n      changes {\n        field\n        before\n        after\n      }\n      current {\n        sex\n        passport {\n          number\n          issueDate\n          expiryDate\n          issuingCountry {\n            name\n          }\n        }\n        collectionPlace {\n          ...CasesCentreFields\n        }\n      }\n      requested {\n        sex\n        passport {\n          number\n          issueDate\n          expiryDate\n          issuingCountry {\n            name\n          }\n        }\n        collectionPlace {\n          ...CasesCentreFields\n        }\n      }\n      documents {\n        id\n        type\n        originalName\n        size\n        uploadedAt\n        downloadUrl\n      }\n      events {\n        type\n        at\n        toStatus\n        statusLabel\n        actorRole\n        note\n      }\n      fee {\n        amount\n        status\n        payable\n        cardPrinted\n        receiptIssued\n        lines {\n          item\n          label\n          amount\n          explanation\n        }\n      }\n      payments {\n        ...CasesPaymentFields\n      }\n      supplementRequest {\n        requestedAt\n        message\n        documents {\n          type\n          label\n          uploaded\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasesAmendment($id: ID!) {\n    amendment(id: $id) {\n      id\n      applicationNumber\n      status\n      statusLabel\n      items\n      version\n      submittedAt\n      decidedAt\n      updatedAt\n      receiptUrl\n      summaryUrl\n      applicant {\n        id\n        englishSurname\n        englishGivenName\n        chineseName\n      }\n      changes {\n        field\n        before\n        after\n      }\n      current {\n        sex\n        passport {\n          number\n          issueDate\n          expiryDate\n          issuingCountry {\n            name\n          }\n        }\n        collectionPlace {\n          ...CasesCentreFields\n        }\n      }\n      requested {\n        sex\n        passport {\n          number\n          issueDate\n          expiryDate\n          issuingCountry {\n            name\n          }\n        }\n        collectionPlace {\n          ...CasesCentreFields\n        }\n      }\n      documents {\n        id\n        type\n        originalName\n        size\n        uploadedAt\n        downloadUrl\n      }\n      events {\n        type\n        at\n        toStatus\n        statusLabel\n        actorRole\n        note\n      }\n      fee {\n        amount\n        status\n        payable\n        cardPrinted\n        receiptIssued\n        lines {\n          item\n          label\n          amount\n          explanation\n        }\n      }\n      payments {\n        ...CasesPaymentFields\n      }\n      supplementRequest {\n        requestedAt\n        message\n        documents {\n          type\n          label\n          uploaded\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesStartFeePayment($amendmentId: ID!, $method: PaymentMethod!) {\n    startFeePayment(amendmentId: $amendmentId, method: $method) {\n      formAction\n      formMethod\n      formFields {\n        name\n        value\n      }\n      payment {\n        ...CasesPaymentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CasesStartFeePayment($amendmentId: ID!, $method: PaymentMethod!) {\n    startFeePayment(amendmentId: $amendmentId, method: $method) {\n      formAction\n      formMethod\n      formFields {\n        name\n        value\n      }\n      payment {\n        ...CasesPaymentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesWithdraw($id: ID!, $note: String) {\n    withdrawAmendment(id: $id, note: $note) {\n      id\n      status\n      statusLabel\n    }\n  }\n"): (typeof documents)["\n  mutation CasesWithdraw($id: ID!, $note: String) {\n    withdrawAmendment(id: $id, note: $note) {\n      id\n      status\n      statusLabel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesRespondToSupplement($amendmentId: ID!, $note: String) {\n    respondToSupplementRequest(amendmentId: $amendmentId, note: $note) {\n      id\n      status\n      statusLabel\n    }\n  }\n"): (typeof documents)["\n  mutation CasesRespondToSupplement($amendmentId: ID!, $note: String) {\n    respondToSupplementRequest(amendmentId: $amendmentId, note: $note) {\n      id\n      status\n      statusLabel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesUnreadCount {\n    notifications(unreadOnly: true, perPage: 1) {\n      unread\n    }\n    todos {\n      ...TodosItemFields\n    }\n  }\n"): (typeof documents)["\n  query CasesUnreadCount {\n    notifications(unreadOnly: true, perPage: 1) {\n      unread\n    }\n    todos {\n      ...TodosItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesNotifications($page: Int!, $perPage: Int!) {\n    notifications(page: $page, perPage: $perPage) {\n      total\n      unread\n      items {\n        id\n        kind\n        amendmentId\n        title\n        body\n        createdAt\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasesNotifications($page: Int!, $perPage: Int!) {\n    notifications(page: $page, perPage: $perPage) {\n      total\n      unread\n      items {\n        id\n        kind\n        amendmentId\n        title\n        body\n        createdAt\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesMarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation CasesMarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesMarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation CasesMarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeRequirements {\n    amendmentRequirements {\n      item\n      label\n      needsReview\n      printsCard\n      fee {\n        amount\n        amountHongKongMacau\n        explanation\n      }\n      documents {\n        type\n        label\n        summary\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeRequirements {\n    amendmentRequirements {\n      item\n      label\n      needsReview\n      printsCard\n      fee {\n        amount\n        amountHongKongMacau\n        explanation\n      }\n      documents {\n        type\n        label\n        summary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    expiresAt\n    absoluteExpiresAt\n    passwordExpiresAt\n    restricted\n    account {\n      id\n      accountName\n      displayName\n      email\n      role\n      organisationName\n      applicantId\n      locale\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on Session {\n    expiresAt\n    absoluteExpiresAt\n    passwordExpiresAt\n    restricted\n    account {\n      id\n      accountName\n      displayName\n      email\n      role\n      organisationName\n      applicantId\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSession {\n    session {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  query PortalSession {\n    session {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaySignedIn {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query StaySignedIn {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TodosItemFields on TodoItem {\n    kind\n    title\n    detail\n    amendmentId\n    applicationNumber\n    dueAt\n    link\n  }\n"): (typeof documents)["\n  fragment TodosItemFields on TodoItem {\n    kind\n    title\n    detail\n    amendmentId\n    applicationNumber\n    dueAt\n    link\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodosList {\n    todos {\n      ...TodosItemFields\n    }\n  }\n"): (typeof documents)["\n  query TodosList {\n    todos {\n      ...TodosItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WizardTerms {\n    amendmentTerms {\n      version\n      title\n      effectiveFrom\n      accepted\n      clauses {\n        number\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query WizardTerms {\n    amendmentTerms {\n      version\n      title\n      effectiveFrom\n      accepted\n      clauses {\n        number\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WizardAcceptTerms($version: String!) {\n    acceptAmendmentTerms(version: $version) {\n      version\n      acceptedAt\n    }\n  }\n"): (typeof documents)["\n  mutation WizardAcceptTerms($version: String!) {\n    acceptAmendmentTerms(version: $version) {\n      version\n      acceptedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WizardOwnHolder($id: ID!) {\n    applicant(id: $id) {\n      id\n      uiNumber\n      birthDate\n    }\n  }\n"): (typeof documents)["\n  query WizardOwnHolder($id: ID!) {\n    applicant(id: $id) {\n      id\n      uiNumber\n      birthDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WizardCheckUiNumber($uiNumber: String!) {\n    checkUiNumber(uiNumber: $uiNumber) {\n      valid\n      format\n      problem\n    }\n  }\n"): (typeof documents)["\n  query WizardCheckUiNumber($uiNumber: String!) {\n    checkUiNumber(uiNumber: $uiNumber) {\n      valid\n      format\n      problem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WizardStart($input: StartAmendmentInput!) {\n    startAmendment(input: $input) {\n      id\n      status\n      items\n    }\n  }\n"): (typeof documents)["\n  mutation WizardStart($input: StartAmendmentInput!) {\n    startAmendment(input: $input) {\n      id\n      status\n      items\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WizardValuesFields on AmendmentValuesView {\n    englishSurname\n    englishGivenName\n    chineseName\n    sex\n    email\n    mobile\n    collectionPlaceCode\n    collectionPlace {\n      code\n      name\n    }\n    passport {\n      number\n      issueDate\n      expiryDate\n      issuingCountry {\n        code\n        name\n      }\n    }\n    residence {\n      postalCode\n      city\n      district\n      line\n    }\n  }\n"): (typeof documents)["\n  fragment WizardValuesFields on AmendmentValuesView {\n    englishSurname\n    englishGivenName\n    chineseName\n    sex\n    email\n    mobile\n    collectionPlaceCode\n    collectionPlace {\n      code\n      name\n    }\n    passport {\n      number\n      issueDate\n      expiryDate\n      issuingCountry {\n        code\n        name\n      }\n    }\n    residence {\n      postalCode\n      city\n      district\n      line\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WizardAmendmentFields on Amendment {\n    id\n    status\n    statusLabel\n    items\n    version\n    draftExpiresAt\n    lastEditedAt\n    applicant {\n      id\n      uiNumber\n    }\n    current {\n      ...WizardValuesFields\n    }\n    requested {\n      ...WizardValuesFields\n    }\n    changes {\n      field\n      before\n      after\n    }\n    checklist {\n      type\n      label\n      uploaded\n    }\n    documents {\n      id\n      type\n      mimeType\n      originalName\n      size\n      width\n      height\n      uploadedAt\n      downloadUrl\n    }\n    fee {\n      amount\n      currency\n      status\n      cardPrinted\n      receiptIssued\n      lines {\n        item\n        label\n        amount\n        rule\n        explanation\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WizardAmendmentFields on Amendment {\n    id\n    status\n    statusLabel\n    items\n    version\n    draftExpiresAt\n    lastEditedAt\n    applicant {\n      id\n      uiNumber\n    }\n    current {\n      ...WizardValuesFields\n    }\n    requested {\n      ...WizardValuesFields\n    }\n    changes {\n      field\n      before\n      after\n    }\n    checklist {\n      type\n      label\n      uploaded\n    }\n    documents {\n      id\n      type\n      mimeType\n      originalName\n      size\n      width\n      height\n      uploadedAt\n      downloadUrl\n    }\n    fee {\n      amount\n      currency\n      status\n      cardPrinted\n      receiptIssued\n      lines {\n        item\n        label\n        amount\n        rule\n        explanation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WizardAmendment($id: ID!) {\n    amendment(id: $id) {\n      ...WizardAmendmentFields\n    }\n  }\n"): (typeof documents)["\n  query WizardAmendment($id: ID!) {\n    amendment(id: $id) {\n      ...WizardAmendmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WizardRequirements {\n    amendmentRequirements {\n      item\n      label\n      unlocks\n      printsCard\n      needsReview\n      fee {\n        amount\n        explanation\n      }\n      documents {\n        type\n        label\n        accept\n        allowedFormats\n        maxBytes\n        minWidth\n        minHeight\n      }\n    }\n  }\n"): (typeof documents)["\n  query WizardRequirements {\n    amendmentRequirements {\n      item\n      label\n      unlocks\n      printsCard\n      needsReview\n      fee {\n        amount\n        explanation\n      }\n      documents {\n        type\n        label\n        accept\n        allowedFormats\n        maxBytes\n        minWidth\n        minHeight\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WizardCities {\n    taiwanCities {\n      code\n      name\n      nameZhTw\n      districts {\n        name\n        nameZhTw\n        postalCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query WizardCities {\n    taiwanCities {\n      code\n      name\n      nameZhTw\n      districts {\n        name\n        nameZhTw\n        postalCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WizardCollectionPlaces {\n    collectionPlaces {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query WizardCollectionPlaces {\n    collectionPlaces {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WizardCountries {\n    countries {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query WizardCountries {\n    countries {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WizardSaveDraft($id: ID!, $input: SaveAmendmentDraftInput!) {\n    saveAmendmentDraft(id: $id, input: $input) {\n      ...WizardAmendmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation WizardSaveDraft($id: ID!, $input: SaveAmendmentDraftInput!) {\n    saveAmendmentDraft(id: $id, input: $input) {\n      ...WizardAmendmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WizardRemoveDocument($id: ID!) {\n    removeAmendmentDocument(id: $id)\n  }\n"): (typeof documents)["\n  mutation WizardRemoveDocument($id: ID!) {\n    removeAmendmentDocument(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WizardSubmit($id: ID!, $idempotencyKey: String!) {\n    submitAmendment(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      statusLabel\n      applicationNumber\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation WizardSubmit($id: ID!, $idempotencyKey: String!) {\n    submitAmendment(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      statusLabel\n      applicationNumber\n      submittedAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;