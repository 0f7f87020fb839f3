import { randomUUID } from 'node:crypto';
import type { GoldcardClient, UploadFile } from './client.js';
import { GoldcardError } from './errors.js';
import type { AmendmentStatus, DocumentType, ResidenceInput } from './generated/graphql.js';

export interface FileAddressChange {
  /** The holder as registered: UI number (current or earlier) and birth date (YYYY-MM-DD). */
  holder: { uiNumber: string; birthDate: string };
  /** The new residence address, in Traditional Chinese (city and district from `taiwanCities`). */
  residence: ResidenceInput;
  /** The files, by document type; the case's checklist says which are needed. */
  documents: Partial<Record<DocumentType, UploadFile>>;
  /**
   * The submit's idempotency key. Generated when omitted; pass one you have stored with your own
   * case record to stay safe across a crash and restart of your software as well.
   */
  idempotencyKey?: string;
}

export interface FiledCase {
  id: string;
  /** `GC<yyyy>-<7 digits>`, shown to the holder. */
  applicationNumber: string;
  status: AmendmentStatus;
  /** What the filing costs, in TWD (0 for an address change). */
  fee: number;
}

/**
 * Files a change of residence address end to end: accept the terms, start the case, save the new
 * address, upload every document its checklist asks for, submit. A submit that gets no answer
 * (network failure) is sent once more with the SAME idempotency key, so it cannot file twice.
 */
export async function fileCase(
  client: GoldcardClient,
  input: FileAddressChange,
): Promise<FiledCase> {
  await client.acceptCurrentTerms();
  const draft = await client.startAmendment({
    uiNumber: input.holder.uiNumber,
    birthDate: input.holder.birthDate,
    alsoChange: ['RESIDENCE_ADDRESS'],
  });
  const saved = await client.saveDraft(draft.id, { residence: input.residence });

  const needed = saved.checklist.filter((entry) => entry.uploaded === 0);
  const missing = needed.filter((entry) => !input.documents[entry.type]);
  if (missing.length > 0) {
    // Nothing is uploaded yet; the draft stays on the server (30 days) for a later attempt.
    throw new Error(
      `Documents needed for case ${draft.id}: ${missing.map((e) => `${e.type} (${e.label})`).join(', ')}`,
    );
  }
  for (const entry of needed) {
    await client.uploadDocument(draft.id, entry.type, input.documents[entry.type]!);
  }

  const key = input.idempotencyKey ?? `file-case-${randomUUID()}`;
  let filed;
  try {
    filed = await client.submit(draft.id, key);
  } catch (error) {
    if (!(error instanceof GoldcardError) || error.code !== 'NETWORK_ERROR') throw error;
    // The first submit may have been filed before the answer was lost: same key, same result.
    filed = await client.submit(draft.id, key);
  }
  if (!filed.applicationNumber) {
    throw new Error(`Case ${filed.id} was submitted without an application number`);
  }
  return {
    id: filed.id,
    applicationNumber: filed.applicationNumber,
    status: filed.status,
    fee: filed.fee.amount,
  };
}
