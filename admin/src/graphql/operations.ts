import { gql } from '@apollo/client/core';
import {
  Kind,
  OperationTypeNode,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import type * as G from '../generated/graphql';
import sessionSource from '../auth/session.graphql?raw';
import referenceSource from './reference.graphql?raw';
import amendmentsSource from '../resources/amendments/amendments.graphql?raw';
import applicantsSource from '../resources/applicants/applicants.graphql?raw';
import auditEventsSource from '../resources/auditEvents/auditEvents.graphql?raw';
import staffAccountsSource from '../resources/staffAccounts/staffAccounts.graphql?raw';
import announcementsSource from '../resources/announcements/announcements.graphql?raw';
import mandatesSource from '../resources/mandates/mandates.graphql?raw';
import paymentsSource from '../resources/payments/payments.graphql?raw';

/**
 * One named operation from the console's `.graphql` files, with the types `npm run codegen`
 * generated for it (the files are the single source: codegen reads them, the console sends them).
 */
export interface Operation<TData, TVariables> {
  readonly name: string;
  readonly kind: 'query' | 'mutation';
  readonly document: DocumentNode;
  /** Type carriers only; never set. */
  readonly __data?: TData;
  readonly __variables?: TVariables;
}

/** Picks `name` and exactly the fragments it uses (the API refuses unused fragments). */
function pick(
  source: DocumentNode,
  name: string,
): { document: DocumentNode; kind: 'query' | 'mutation' } {
  const operation = source.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name,
  );
  if (!operation || operation.operation === OperationTypeNode.SUBSCRIPTION) {
    throw new Error(`GraphQL operation ${name} is not defined`);
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of source.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  }
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DefinitionNode) => {
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (!fragment || used.has(name)) return;
        used.set(name, fragment);
        collect(fragment);
      },
    });
  };
  collect(operation);
  return {
    document: { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] },
    kind: operation.operation === OperationTypeNode.QUERY ? 'query' : 'mutation',
  };
}

function from(source: string) {
  const parsed = gql(source);
  return <TData, TVariables>(name: string): Operation<TData, TVariables> => ({
    name,
    ...pick(parsed, name),
  });
}

const session = from(sessionSource);
const reference = from(referenceSource);
const amendments = from(amendmentsSource);
const applicants = from(applicantsSource);
const auditEvents = from(auditEventsSource);
const staffAccounts = from(staffAccountsSource);
const announcements = from(announcementsSource);
const mandates = from(mandatesSource);
const payments = from(paymentsSource);

export const ops = {
  captcha: session<G.CaptchaQuery, G.CaptchaQueryVariables>('Captcha'),
  login: session<G.LoginMutation, G.LoginMutationVariables>('Login'),
  currentSession: session<G.CurrentSessionQuery, G.CurrentSessionQueryVariables>('CurrentSession'),
  logout: session<G.LogoutMutation, G.LogoutMutationVariables>('Logout'),
  me: session<G.MeQuery, G.MeQueryVariables>('Me'),
  changePassword: session<G.ChangePasswordMutation, G.ChangePasswordMutationVariables>(
    'ChangePassword',
  ),
  countries: reference<G.CountriesQuery, G.CountriesQueryVariables>('Countries'),

  amendmentList: amendments<G.AmendmentListQuery, G.AmendmentListQueryVariables>('AmendmentList'),
  amendmentDetail: amendments<G.AmendmentDetailQuery, G.AmendmentDetailQueryVariables>(
    'AmendmentDetail',
  ),
  amendmentStats: amendments<G.AmendmentStatsQuery, G.AmendmentStatsQueryVariables>(
    'AmendmentStats',
  ),
  claimAmendment: amendments<G.ClaimAmendmentMutation, G.ClaimAmendmentMutationVariables>(
    'ClaimAmendment',
  ),
  releaseAmendment: amendments<G.ReleaseAmendmentMutation, G.ReleaseAmendmentMutationVariables>(
    'ReleaseAmendment',
  ),
  approveAmendment: amendments<G.ApproveAmendmentMutation, G.ApproveAmendmentMutationVariables>(
    'ApproveAmendment',
  ),
  rejectAmendment: amendments<G.RejectAmendmentMutation, G.RejectAmendmentMutationVariables>(
    'RejectAmendment',
  ),
  requestSupplement: amendments<G.RequestSupplementMutation, G.RequestSupplementMutationVariables>(
    'RequestSupplement',
  ),
  markCardReady: amendments<G.MarkCardReadyMutation, G.MarkCardReadyMutationVariables>(
    'MarkCardReady',
  ),
  markCardCollected: amendments<G.MarkCardCollectedMutation, G.MarkCardCollectedMutationVariables>(
    'MarkCardCollected',
  ),
  reassignAmendment: amendments<G.ReassignAmendmentMutation, G.ReassignAmendmentMutationVariables>(
    'ReassignAmendment',
  ),
  caseQueues: amendments<G.CaseQueuesQuery, G.CaseQueuesQueryVariables>('CaseQueues'),
  decisionReasons: amendments<G.DecisionReasonsQuery, G.DecisionReasonsQueryVariables>(
    'DecisionReasons',
  ),
  claimAmendments: amendments<G.ClaimAmendmentsMutation, G.ClaimAmendmentsMutationVariables>(
    'ClaimAmendments',
  ),
  markCardsReady: amendments<G.MarkCardsReadyMutation, G.MarkCardsReadyMutationVariables>(
    'MarkCardsReady',
  ),
  markCardsCollected: amendments<
    G.MarkCardsCollectedMutation,
    G.MarkCardsCollectedMutationVariables
  >('MarkCardsCollected'),
  exportAmendments: amendments<G.ExportAmendmentsMutation, G.ExportAmendmentsMutationVariables>(
    'ExportAmendments',
  ),

  applicantList: applicants<G.ApplicantListQuery, G.ApplicantListQueryVariables>('ApplicantList'),
  applicantDetail: applicants<G.ApplicantDetailQuery, G.ApplicantDetailQueryVariables>(
    'ApplicantDetail',
  ),
  auditEventList: auditEvents<G.AuditEventListQuery, G.AuditEventListQueryVariables>(
    'AuditEventList',
  ),
  staffAccountList: staffAccounts<G.StaffAccountListQuery, G.StaffAccountListQueryVariables>(
    'StaffAccountList',
  ),
  createStaffAccount: staffAccounts<
    G.CreateStaffAccountMutation,
    G.CreateStaffAccountMutationVariables
  >('CreateStaffAccount'),
  disableStaffAccount: staffAccounts<
    G.DisableStaffAccountMutation,
    G.DisableStaffAccountMutationVariables
  >('DisableStaffAccount'),
  enableStaffAccount: staffAccounts<
    G.EnableStaffAccountMutation,
    G.EnableStaffAccountMutationVariables
  >('EnableStaffAccount'),
  unlockStaffAccount: staffAccounts<
    G.UnlockStaffAccountMutation,
    G.UnlockStaffAccountMutationVariables
  >('UnlockStaffAccount'),
  changeStaffRole: staffAccounts<G.ChangeStaffRoleMutation, G.ChangeStaffRoleMutationVariables>(
    'ChangeStaffRole',
  ),

  announcementList: announcements<G.AnnouncementListQuery, G.AnnouncementListQueryVariables>(
    'AnnouncementList',
  ),
  announcementDetail: announcements<G.AnnouncementDetailQuery, G.AnnouncementDetailQueryVariables>(
    'AnnouncementDetail',
  ),
  createAnnouncement: announcements<
    G.CreateAnnouncementMutation,
    G.CreateAnnouncementMutationVariables
  >('CreateAnnouncement'),
  updateAnnouncement: announcements<
    G.UpdateAnnouncementMutation,
    G.UpdateAnnouncementMutationVariables
  >('UpdateAnnouncement'),
  retireAnnouncement: announcements<
    G.RetireAnnouncementMutation,
    G.RetireAnnouncementMutationVariables
  >('RetireAnnouncement'),

  mandateList: mandates<G.MandateListQuery, G.MandateListQueryVariables>('MandateList'),
  verifyMandate: mandates<G.VerifyMandateMutation, G.VerifyMandateMutationVariables>(
    'VerifyMandate',
  ),
  revokeMandate: mandates<G.RevokeMandateMutation, G.RevokeMandateMutationVariables>(
    'RevokeMandate',
  ),
  paymentReconciliation: payments<
    G.PaymentReconciliationQuery,
    G.PaymentReconciliationQueryVariables
  >('PaymentReconciliation'),
  casePdfLinks: payments<G.CasePdfLinksQuery, G.CasePdfLinksQueryVariables>('CasePdfLinks'),
  casePayments: payments<G.CasePaymentsQuery, G.CasePaymentsQueryVariables>('CasePayments'),
};
