import type { ApolloQueryResult } from '@apollo/client/core';
import buildGraphQLProvider, {
  type BuildQueryFactory,
  type BuildQueryResult,
} from 'ra-data-graphql';
import type { IntrospectionType } from 'graphql';
import {
  CREATE,
  DELETE,
  GET_LIST,
  GET_MANY,
  GET_MANY_REFERENCE,
  GET_ONE,
  UPDATE,
  type CreateParams,
  type DataProvider,
  type GetListParams,
  type GetOneParams,
  type UpdateParams,
} from 'react-admin';
// Built from the committed schema.graphql when the console is built (vite.config.ts): the API
// switches runtime introspection off in production, so the console never asks for it.
import introspectionSchema from 'virtual:graphql-introspection';
import { apolloClient } from './graphql/client';
import { toApiError } from './graphql/errors';
import { ops, type Operation } from './graphql/operations';
import { request } from './graphql/request';
import type * as G from './generated/graphql';
import {
  amendmentFilter,
  amendmentSort,
  applicantFilter,
  auditEventFilter,
} from './dataProvider.filters';
import { announcementInput, announcementStatusFilter } from './resources/announcements/input';
import { mandatePage, mandateStatusFilter } from './resources/mandates/listing';

type RaMethod = typeof GET_LIST | typeof GET_ONE | typeof CREATE | typeof UPDATE;

/** One react-admin resource: its GraphQL type and how each supported method maps to the API. */
interface ResourceSpec {
  type: string;
  operations: Partial<Record<RaMethod, string>>;
  build: Partial<Record<RaMethod, (params: never) => BuildQueryResult>>;
}

function built<TData, TVariables extends Record<string, unknown>>(
  operation: Operation<TData, TVariables>,
  variables: TVariables,
  parse: (data: TData) => unknown,
): BuildQueryResult {
  return {
    query: operation.document,
    variables,
    parseResponse: (response: ApolloQueryResult<unknown>) => parse(response.data as TData),
  };
}

const page = (params: GetListParams) => ({
  page: params.pagination?.page ?? 1,
  perPage: params.pagination?.perPage ?? 25,
});

/** Per-operation mapping (react-admin's demo style): nothing else of ra-data-graphql is replaced. */
const resources: Record<string, ResourceSpec> = {
  amendments: {
    type: 'Amendment',
    operations: { [GET_LIST]: 'amendments', [GET_ONE]: 'amendment' },
    build: {
      [GET_LIST]: (params: GetListParams) =>
        built(
          ops.amendmentList,
          {
            ...page(params),
            filter: amendmentFilter(params.filter as Record<string, unknown>),
            sort: amendmentSort(params.sort),
          },
          (data) => ({ data: data.amendments.items, total: data.amendments.total }),
        ),
      [GET_ONE]: (params: GetOneParams) =>
        built(ops.amendmentDetail, { id: String(params.id) }, (data) => ({
          data: data.amendment,
        })),
    },
  },
  applicants: {
    type: 'Applicant',
    operations: { [GET_LIST]: 'applicants', [GET_ONE]: 'applicant' },
    build: {
      [GET_LIST]: (params: GetListParams) =>
        built(
          ops.applicantList,
          { ...page(params), filter: applicantFilter(params.filter as Record<string, unknown>) },
          (data) => ({ data: data.applicants.items, total: data.applicants.total }),
        ),
      [GET_ONE]: (params: GetOneParams) =>
        built(ops.applicantDetail, { id: String(params.id) }, (data) => ({
          data: data.applicant,
        })),
    },
  },
  auditEvents: {
    type: 'AuditEvent',
    operations: { [GET_LIST]: 'auditEvents' },
    build: {
      [GET_LIST]: (params: GetListParams) =>
        built(
          ops.auditEventList,
          { ...page(params), filter: auditEventFilter(params.filter as Record<string, unknown>) },
          (data) => ({ data: data.auditEvents.items, total: data.auditEvents.total }),
        ),
    },
  },
  staffAccounts: {
    type: 'Account',
    operations: { [GET_LIST]: 'staffAccounts' },
    build: {
      [GET_LIST]: (params: GetListParams) =>
        built(ops.staffAccountList, page(params), (data) => ({
          data: data.staffAccounts.items,
          total: data.staffAccounts.total,
        })),
    },
  },
  announcements: {
    type: 'Announcement',
    operations: {
      [GET_LIST]: 'announcementsToManage',
      [GET_ONE]: 'announcement',
      [CREATE]: 'createAnnouncement',
      [UPDATE]: 'updateAnnouncement',
    },
    build: {
      [GET_LIST]: (params: GetListParams) =>
        built(
          ops.announcementList,
          {
            ...page(params),
            status: announcementStatusFilter(params.filter as Record<string, unknown>),
          },
          (data) => ({
            data: data.announcementsToManage.items,
            total: data.announcementsToManage.total,
          }),
        ),
      [GET_ONE]: (params: GetOneParams) =>
        built(ops.announcementDetail, { id: String(params.id) }, (data) => ({
          data: data.announcement,
        })),
      [CREATE]: (params: CreateParams) =>
        built(
          ops.createAnnouncement,
          { input: announcementInput(params.data as Record<string, unknown>) },
          (data) => ({ data: data.createAnnouncement }),
        ),
      // The version the supervisor started from: a change made meanwhile is a CONFLICT.
      [UPDATE]: (params: UpdateParams) =>
        built(
          ops.updateAnnouncement,
          {
            id: String(params.id),
            version: Number((params.previousData as { version?: number }).version),
            input: announcementInput(params.data as Record<string, unknown>),
          },
          (data) => ({ data: data.updateAnnouncement }),
        ),
    },
  },
  mandates: {
    type: 'Mandate',
    operations: { [GET_LIST]: 'mandates' },
    build: {
      [GET_LIST]: (params: GetListParams) =>
        built(
          ops.mandateList,
          { status: mandateStatusFilter(params.filter as Record<string, unknown>) },
          (data) => mandatePage(data.mandates, params),
        ),
    },
  },
};

const operationFor =
  (method: RaMethod) =>
  (type: IntrospectionType): string =>
    Object.values(resources).find((r) => r.type === type.name)?.operations[method] ?? '';

/** Checks against the build-time introspection that the API offers the operation, then maps it. */
const buildQuery: BuildQueryFactory = (introspection) => (raFetchMethod, resource, params) => {
  const spec = resources[resource];
  const method = raFetchMethod as RaMethod;
  const build = spec?.build[method] as ((p: unknown) => BuildQueryResult) | undefined;
  const introspected = introspection.resources.find((r) => r.type.name === spec?.type) as
    Record<string, unknown> | undefined;
  if (!spec || !build || !introspected?.[method]) {
    throw new Error(`${resource}: ${raFetchMethod} is not offered by the API`);
  }
  return build(params);
};

const base = buildGraphQLProvider({
  client: apolloClient,
  buildQuery,
  introspection: {
    schema: introspectionSchema,
    include: Object.values(resources).map((r) => r.type),
    operationNames: {
      [GET_LIST]: operationFor(GET_LIST),
      [GET_ONE]: operationFor(GET_ONE),
      [GET_MANY]: () => '',
      [GET_MANY_REFERENCE]: () => '',
      [CREATE]: operationFor(CREATE),
      [UPDATE]: operationFor(UPDATE),
      [DELETE]: () => '',
    },
  },
  // react-admin caches; Apollo's cache would only hold personal data twice.
  query: () => ({ fetchPolicy: 'no-cache' }),
  mutation: () => ({ fetchPolicy: 'no-cache' }),
});

export type AmendmentRecord = G.AmendmentDetailFragment;
export type AnnouncementRecord = G.AnnouncementFieldsFragment;

/** The actions beyond react-admin's CRUD verbs, each one GraphQL operation. */
const actions = {
  amendmentStats: () => request(ops.amendmentStats, {}).then((d) => d.amendmentStats),
  claimAmendment: (id: string) => request(ops.claimAmendment, { id }).then((d) => d.claimAmendment),
  releaseAmendment: (id: string) =>
    request(ops.releaseAmendment, { id }).then((d) => d.releaseAmendment),
  approveAmendment: (v: G.ApproveAmendmentMutationVariables) =>
    request(ops.approveAmendment, v).then((d) => d.approveAmendment),
  rejectAmendment: (v: G.RejectAmendmentMutationVariables) =>
    request(ops.rejectAmendment, v).then((d) => d.rejectAmendment),
  requestSupplement: (v: G.RequestSupplementMutationVariables) =>
    request(ops.requestSupplement, v).then((d) => d.requestSupplement),
  markCardReady: (id: string) => request(ops.markCardReady, { id }).then((d) => d.markCardReady),
  markCardCollected: (id: string) =>
    request(ops.markCardCollected, { id }).then((d) => d.markCardCollected),
  reassignAmendment: (v: G.ReassignAmendmentMutationVariables) =>
    request(ops.reassignAmendment, v).then((d) => d.reassignAmendment),
  caseQueues: () => request(ops.caseQueues, {}).then((d) => d.caseQueues),
  decisionReasons: (kind: G.DecisionReasonKind) =>
    request(ops.decisionReasons, { kind }).then((d) => d.decisionReasons),
  claimAmendments: (ids: string[]) =>
    request(ops.claimAmendments, { ids }).then((d) => d.claimAmendments),
  markCardsReady: (ids: string[]) =>
    request(ops.markCardsReady, { ids }).then((d) => d.markCardsReady),
  markCardsCollected: (ids: string[]) =>
    request(ops.markCardsCollected, { ids }).then((d) => d.markCardsCollected),
  exportAmendments: (v: G.ExportAmendmentsMutationVariables) =>
    request(ops.exportAmendments, v).then((d) => d.exportAmendments),
  createStaffAccount: (input: G.CreateStaffAccountInput) =>
    request(ops.createStaffAccount, { input }).then((d) => d.createStaffAccount),
  disableStaffAccount: (id: string) =>
    request(ops.disableStaffAccount, { id }).then((d) => d.disableStaffAccount),
  enableStaffAccount: (id: string) =>
    request(ops.enableStaffAccount, { id }).then((d) => d.enableStaffAccount),
  unlockStaffAccount: (id: string) =>
    request(ops.unlockStaffAccount, { id }).then((d) => d.unlockStaffAccount),
  changeStaffRole: (v: G.ChangeStaffRoleMutationVariables) =>
    request(ops.changeStaffRole, v).then((d) => d.changeStaffRole),
  retireAnnouncement: (v: G.RetireAnnouncementMutationVariables) =>
    request(ops.retireAnnouncement, v).then((d) => d.retireAnnouncement),
  countries: () => request(ops.countries, {}).then((d) => d.countries),
  verifyMandate: (v: G.VerifyMandateMutationVariables) =>
    request(ops.verifyMandate, v).then((d) => d.verifyMandate),
  revokeMandate: (id: string) => request(ops.revokeMandate, { id }).then((d) => d.revokeMandate),
  paymentReconciliation: (unpaidForDays: number) =>
    request(ops.paymentReconciliation, { unpaidForDays }).then((d) => d.paymentReconciliation),
  casePdfLinks: (id: string) => request(ops.casePdfLinks, { id }).then((d) => d.amendment),
  casePayments: (id: string) => request(ops.casePayments, { id }).then((d) => d.amendment),
};

export type GoldcardDataProvider = DataProvider & typeof actions;

/** Every failure reaches the UI as an ApiError (the API's localised message and code). */
function withApiErrors<T extends object>(provider: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(provider)) {
    wrapped[key] =
      typeof value === 'function'
        ? (...args: unknown[]) =>
            Promise.resolve()
              .then(() => (value as (...a: unknown[]) => unknown).apply(provider, args))
              .catch((error: unknown) => {
                throw toApiError(error);
              })
        : value;
  }
  return wrapped as T;
}

export const dataProvider: GoldcardDataProvider = withApiErrors({ ...base, ...actions });
