import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { authChecker } from './auth-checker.js';
import {
  ApplicantResolver,
  CardResolver,
  PassportResolver,
} from '../modules/cardholders/cardholders.resolver.js';
import { ReferenceResolver } from '../modules/reference/reference.resolver.js';
import { AccountsResolver } from '../modules/accounts/accounts.resolver.js';
import { AmendmentsResolver } from '../modules/amendments/amendments.resolver.js';
import {
  AmendmentFieldsResolver,
  AmendmentValuesResolver,
} from '../modules/amendments/amendment-fields.resolver.js';
import { TaiwanDivisionsResolver } from '../modules/reference/taiwan-divisions.resolver.js';
import { TermsResolver } from '../modules/terms/terms.resolver.js';
import { AmendmentDocumentsResolver } from '../modules/amendments/amendment-documents.resolver.js';
import {
  AmendmentReviewFieldsResolver,
  ReviewResolver,
} from '../modules/review/review.resolver.js';
import { ReviewToolsResolver } from '../modules/review/review-tools.resolver.js';
import { AuditEventFieldsResolver, AuditResolver } from '../modules/audit/audit.resolver.js';
import { AmendmentEventFieldsResolver } from '../modules/amendments/amendment-event-fields.resolver.js';
import { StaffAccountFieldsResolver, StaffResolver } from '../modules/accounts/staff.resolver.js';
import { CaseQueuesResolver } from '../modules/review/case-queues.resolver.js';
import { AgenciesResolver } from '../modules/agencies/agencies.resolver.js';
import {
  AmendmentPaymentsResolver,
  PaymentsResolver,
} from '../modules/payments/payments.resolver.js';
import { AmendmentReceiptFieldsResolver } from '../modules/receipts/receipts.resolver.js';
import { ReconciliationResolver } from '../modules/payments/reconciliation.resolver.js';
import { NotificationsResolver } from '../modules/notifications/notifications.resolver.js';
import { WebhooksResolver } from '../modules/webhooks/webhooks.resolver.js';
import { AnnouncementsResolver } from '../modules/announcements/announcements.resolver.js';
import { TodosResolver } from '../modules/todos/todos.resolver.js';

export const RESOLVERS = [
  AccountsResolver,
  ApplicantResolver,
  PassportResolver,
  CardResolver,
  ReferenceResolver,
  TaiwanDivisionsResolver,
  TermsResolver,
  AmendmentsResolver,
  AmendmentFieldsResolver,
  AmendmentValuesResolver,
  AmendmentDocumentsResolver,
  ReviewResolver,
  AmendmentReviewFieldsResolver,
  ReviewToolsResolver,
  CaseQueuesResolver,
  AuditResolver,
  AuditEventFieldsResolver,
  AmendmentEventFieldsResolver,
  StaffResolver,
  StaffAccountFieldsResolver,
  AgenciesResolver,
  NotificationsResolver,
  WebhooksResolver,
  PaymentsResolver,
  AmendmentPaymentsResolver,
  AmendmentReceiptFieldsResolver,
  ReconciliationResolver,
  AnnouncementsResolver,
  TodosResolver,
] as const;

let cached: Promise<GraphQLSchema> | undefined;

/** Built once per process from the decorated classes; `schema.graphql` is printed from it. */
export function getSchema(): Promise<GraphQLSchema> {
  useDefaultResolvers();
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    validate: false, // inputs are validated by the services with zod, in one place
    emitSchemaFile: false,
  });
  return cached;
}

/**
 * Plain fields (no field resolver) read their property through graphql's default resolver.
 * type-graphql would otherwise wrap each one to run field middleware and roles, allocating per
 * field per row: a list of 50 pays it 50 times over (bench/README.md, B2). Types with a field
 * that has roles or middleware keep the wrapper.
 */
function useDefaultResolvers() {
  const storage = getMetadataStorage();
  const guarded = new Set(
    storage.fields
      .filter((f) => (f.roles?.length ?? 0) > 0 || (f.middlewares?.length ?? 0) > 0)
      .map((f) => f.target),
  );
  for (const type of storage.objectTypes) {
    if (!guarded.has(type.target)) type.simpleResolvers ??= true;
  }
}
