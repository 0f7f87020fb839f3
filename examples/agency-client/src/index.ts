export {
  GoldcardClient,
  type GoldcardClientOptions,
  type UploadFile,
  type Amendment,
  type AmendmentWithEvents,
  type AmendmentSummary,
  type UploadedDocument,
  type ItemRequirement,
  type AmendmentItem,
  type DocumentType,
  type StartAmendmentInput,
} from './client.js';
export { GoldcardError, type FieldProblem, type GoldcardErrorCode } from './errors.js';
export { fileCase, type FileAddressChange, type FiledCase } from './file-case.js';
export { verifyGoldcardSignature, signGoldcardWebhook, type WebhookHeaders } from './webhook.js';
