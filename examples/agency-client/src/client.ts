import type * as G from './generated/graphql.js';
import { fromGraphQLError, GoldcardError } from './errors.js';
import {
  operationText,
  type OperationName,
  type ResultOf,
  type VariablesOf,
} from './operations.js';

export { GoldcardError, type FieldProblem, type GoldcardErrorCode } from './errors.js';

export interface GoldcardClientOptions {
  /** The service's address, e.g. `https://goldcard.example`; requests go to `<apiUrl>/graphql`. */
  apiUrl: string;
  /** The agency's API key (`gk_…`), sent as `Authorization: Bearer <apiKey>`. */
  apiKey: string;
  /** Language of error messages and labels (`Accept-Language`); the server's default is zh-TW. */
  language?: 'zh-TW' | 'en';
  /** The fetch to use (tests, proxies); the global one by default. */
  fetch?: typeof fetch;
}

/** A file to upload: its name, its declared type and its bytes. */
export interface UploadFile {
  name: string;
  /** e.g. `application/pdf`; the server judges the file by its bytes, not by this. */
  type: string;
  bytes: Uint8Array;
}

export type Amendment = G.AmendmentFieldsFragment;
export type AmendmentWithEvents = G.GetAmendmentQuery['amendment'];
export type AmendmentSummary = G.MyAmendmentsQuery['myAmendments'][number];
export type UploadedDocument = G.UploadAmendmentDocumentMutation['uploadAmendmentDocument'];
export type ItemRequirement = G.AmendmentRequirementsQuery['amendmentRequirements'][number];
export type { AmendmentItem, DocumentType, StartAmendmentInput } from './generated/graphql.js';

interface WireAnswer<T> {
  data?: T | null;
  errors?: Parameters<typeof fromGraphQLError>[0][];
  /** HTTP-level refusals (malformed body, too large) come as `{ error: { code, message } }`. */
  error?: { code?: unknown; message?: unknown; requestId?: unknown };
}

/**
 * A small client of the goldcard GraphQL API for an agency's (or employer's) software. Every
 * method is one GraphQL request authenticated with the API key; any failure is a GoldcardError.
 */
export class GoldcardClient {
  readonly endpoint: string;
  private readonly apiKey: string;
  private readonly language: 'zh-TW' | 'en';
  private readonly fetchImpl: typeof fetch;

  constructor(options: GoldcardClientOptions) {
    this.endpoint = `${options.apiUrl.replace(/\/+$/, '')}/graphql`;
    this.apiKey = options.apiKey;
    this.language = options.language ?? 'zh-TW';
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /** Accepts the current terms version unless this account already has; returns the version. */
  async acceptCurrentTerms(): Promise<{ version: string; acceptedNow: boolean }> {
    const { amendmentTerms } = await this.request('CurrentTerms', {});
    if (amendmentTerms.accepted) return { version: amendmentTerms.version, acceptedNow: false };
    const { acceptAmendmentTerms } = await this.request('AcceptTerms', {
      version: amendmentTerms.version,
    });
    return { version: acceptAmendmentTerms.version, acceptedNow: true };
  }

  /** Opens a DRAFT for a holder who mandated this agency (UI number, current or earlier). */
  async startAmendment(input: G.StartAmendmentInput): Promise<Amendment> {
    return (await this.request('StartAmendment', { input })).startAmendment;
  }

  /** Saves any subset of the wizard's tabs; what is left out stays as saved. */
  async saveDraft(id: string, input: G.SaveAmendmentDraftInput): Promise<Amendment> {
    return (await this.request('SaveAmendmentDraft', { id, input })).saveAmendmentDraft;
  }

  /**
   * Uploads one document as a GraphQL multipart request: an `operations` field (the query, with
   * the file variable null), a `map` field (which part fills which variable) and the file part.
   */
  async uploadDocument(
    amendmentId: string,
    type: G.DocumentType,
    file: UploadFile,
  ): Promise<UploadedDocument> {
    const name: OperationName = 'UploadAmendmentDocument';
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({
        query: operationText(name),
        operationName: name,
        variables: { amendmentId, type, file: null },
      }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append('0', new Blob([file.bytes], { type: file.type }), file.name);
    const data = await this.post<ResultOf<'UploadAmendmentDocument'>>(form, {
      // Apollo's CSRF protection refuses multipart requests without this header.
      'Apollo-Require-Preflight': 'true',
    });
    return data.uploadAmendmentDocument;
  }

  /**
   * Files the draft. Make the key once per filing and reuse it on every retry: a retry returns
   * the case as filed the first time instead of filing twice.
   */
  async submit(id: string, idempotencyKey: string): Promise<Amendment> {
    return (await this.request('SubmitAmendment', { id, idempotencyKey })).submitAmendment;
  }

  /** One case with its timeline. */
  async amendment(id: string): Promise<AmendmentWithEvents> {
    return (await this.request('GetAmendment', { id })).amendment;
  }

  /** The cases this agency filed for holders whose mandate is active, newest first. */
  async myAmendments(): Promise<AmendmentSummary[]> {
    return (await this.request('MyAmendments', {})).myAmendments;
  }

  /** For each item of change: the documents it needs and their upload limits (public). */
  async requirements(): Promise<ItemRequirement[]> {
    return (await this.request('AmendmentRequirements', {})).amendmentRequirements;
  }

  /** Sends one of the typed operations of `src/operations/*.graphql`. */
  async request<K extends OperationName>(name: K, variables: VariablesOf<K>): Promise<ResultOf<K>> {
    return this.post<ResultOf<K>>(
      JSON.stringify({ query: operationText(name), operationName: name, variables }),
      { 'Content-Type': 'application/json' },
    );
  }

  private async post<T>(body: string | FormData, headers: Record<string, string>): Promise<T> {
    let response: Response;
    let text: string;
    try {
      response = await this.fetchImpl(this.endpoint, {
        method: 'POST',
        headers: {
          ...headers,
          Authorization: `Bearer ${this.apiKey}`,
          'Accept-Language': this.language,
          Accept: 'application/json',
        },
        body,
      });
      text = await response.text();
    } catch (cause) {
      // No (complete) answer: the request may or may not have been processed.
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new GoldcardError('NETWORK_ERROR', `No answer from ${this.endpoint}: ${reason}`, {
        cause,
      });
    }
    const requestId = response.headers.get('x-request-id') ?? undefined;
    let answer: WireAnswer<T> | null;
    try {
      answer = JSON.parse(text) as WireAnswer<T> | null;
    } catch {
      answer = null;
    }
    if (typeof answer !== 'object' || answer === null) {
      throw new GoldcardError(
        'UNEXPECTED_RESPONSE',
        `HTTP ${response.status} without a JSON body from ${this.endpoint}`,
        { status: response.status, requestId },
      );
    }
    const first = answer.errors?.[0];
    if (first) throw fromGraphQLError(first, response.status, requestId);
    if (answer.error) {
      const code = typeof answer.error.code === 'string' ? answer.error.code : 'BAD_REQUEST';
      const message = typeof answer.error.message === 'string' ? answer.error.message : code;
      throw new GoldcardError(code, message, { status: response.status, requestId });
    }
    if (answer.data == null) {
      throw new GoldcardError('UNEXPECTED_RESPONSE', `HTTP ${response.status} without data`, {
        status: response.status,
        requestId,
      });
    }
    return answer.data;
  }
}
