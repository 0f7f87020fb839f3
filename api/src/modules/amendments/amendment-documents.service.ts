import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../graphql/context.js';
import type { Actor } from '../../shared/actor.js';
import { AppError, badInput } from '../../shared/errors.js';
import { auditEventOf, recordAudit } from '../audit/audit.service.js';
import { columnNames, plainRows, query } from '../../db/raw-read.js';
import { writeGuarded } from '../../db/raw-write.js';
import { isUploadError, storeFileUpload, type StoredFile } from '../documents/upload-pipeline.js';
import type { FileUpload } from '../documents/upload-middleware.js';
import { uploadPolicyFor } from '../documents/upload-policy.js';
import {
  Amendment,
  AmendmentDocument,
  AmendmentEvent,
  AmendmentEventType,
} from './amendment.entity.js';
import { DocumentType } from './amendment-items.js';
import { type AmendmentStatus, EDITABLE_STATUSES } from './amendment-status.js';
import { statusRefusal } from './amendment-transition.js';
import { assertEditable, loadEditable } from './amendment-draft.service.js';
import type { UploadError } from '../documents/documents.errors.js';

export const MAX_DOCUMENTS_PER_AMENDMENT = 30;
const EXTENSION_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The upload pipeline's refusals, as the API's coded errors. */
function toAppError(error: UploadError): AppError {
  switch (error.code) {
    case 'FILE_TOO_LARGE': {
      const { maxBytes } = error.params as { maxBytes: number };
      return new AppError('FILE_TOO_LARGE', {
        maxBytes,
        maxMegabytes: Math.floor((maxBytes / 1048576) * 10) / 10,
      });
    }
    case 'FILE_TYPE_NOT_ALLOWED': {
      const { detectedType, allowedTypes } = error.params as {
        detectedType: string;
        allowedTypes: string;
      };
      return new AppError('FILE_TYPE_NOT_ALLOWED', { detectedType, allowed: allowedTypes });
    }
    case 'IMAGE_TOO_SMALL':
      return new AppError('IMAGE_TOO_SMALL', error.params);
    case 'FILE_EMPTY':
      return new AppError('FILE_EMPTY');
    case 'FILE_UNREADABLE':
      return new AppError('FILE_UNREADABLE');
    default:
      return new AppError('UPLOAD_INCOMPLETE');
  }
}

/**
 * Documents of a case: the bytes go to the document store first (streamed, hashed, checked);
 * the record, the timeline event and the audit event then commit together. If that commit
 * fails, the stored file is deleted: nothing is left behind either way.
 */
export class AmendmentDocumentsService {
  constructor(
    private readonly em: EntityManager,
    private readonly services: AppServices,
    private readonly actor: Actor,
  ) {}

  async upload(
    amendmentId: string,
    type: string,
    file: Promise<FileUpload> | FileUpload,
  ): Promise<AmendmentDocument> {
    if (!Object.hasOwn(DocumentType, type))
      throw badInput([{ field: 'type', problem: 'INVALID_VALUE' }]);
    if (this.actor.kind !== 'account') throw new AppError('UNAUTHENTICATED');
    // The case and its document count in one statement (the hot path: bench/README.md, B4).
    const [row] = UUID.test(amendmentId)
      ? await query(
          this.em,
          `select ${columnNames(this.em, Amendment)
            .map((c) => `a."${c}"`)
            .join(', ')},
             (select count(*)::int from amendment_document d where d.amendment_id = a.id)
               as "documentCount"
           from amendment a where a.id = ?`,
          [amendmentId],
        )
      : [];
    const amendment = await assertEditable(
      this.em,
      this.actor,
      row ? plainRows(this.em, Amendment, [row])[0] : null,
      EDITABLE_STATUSES,
    );
    if (Number(row!.documentCount) >= MAX_DOCUMENTS_PER_AMENDMENT) {
      throw badInput([
        { field: 'file', problem: 'OUT_OF_RANGE', params: { max: MAX_DOCUMENTS_PER_AMENDMENT } },
      ]);
    }
    const policy = uploadPolicyFor(type as DocumentType, this.services.uploadLimits);
    let stored: StoredFile;
    try {
      stored = await storeFileUpload(file, policy, this.services.documents);
    } catch (error) {
      if (isUploadError(error)) throw toAppError(error);
      throw error;
    }
    // A file whose name says one format and whose bytes are another (a PNG renamed .pdf) is
    // refused: officers open documents by what they claim to be.
    const claimed = EXTENSION_TYPES[stored.originalName.toLowerCase().split('.').pop() ?? ''];
    if (claimed && claimed !== stored.mimeType) {
      await this.services.documents.delete(stored.key).catch(() => undefined);
      throw new AppError('FILE_TYPE_NOT_ALLOWED', {
        detectedType: stored.mimeType,
        allowed: policy.allowedMimeTypes.join(', '),
      });
    }
    const actor = this.actor;
    const document = Object.assign(new AmendmentDocument(), {
      amendment: { id: amendment.id },
      type,
      storageKey: stored.key,
      originalName: stored.originalName,
      mimeType: stored.mimeType,
      size: stored.size,
      sha256: stored.sha256,
      width: stored.width ?? null,
      height: stored.height ?? null,
      uploadedBy: actor.accountId,
    });
    const event = Object.assign(new AmendmentEvent(), {
      amendment: { id: amendment.id },
      type: AmendmentEventType.DOCUMENT_ADDED,
      actorAccountId: actor.accountId,
      actorRole: actor.role,
      note: type,
    });
    const audit = auditEventOf({
      action: 'amendment.document.added',
      actor,
      entityType: 'Amendment',
      entityId: amendment.id,
      detail: {
        documentId: document.id,
        type,
        size: stored.size,
        sha256: stored.sha256,
        mimeType: stored.mimeType,
      },
    });
    try {
      // One statement, all or nothing: the case's edit mark (its row locked: parallel uploads to
      // one case each succeed, one after another), and only if it is still editable (a submit
      // may have committed while the file streamed), the record, its event and its audit event.
      const written = await writeGuarded(
        this.em,
        {
          sql: `update amendment set last_edited_at = now(), updated_at = now(),
                  version = version + 1
                where id = ? and status in (?) returning version`,
          params: [amendment.id, [...EDITABLE_STATUSES]],
        },
        [document, event, audit],
      );
      if (written.length === 0) {
        const [now] = await query<{ status: AmendmentStatus }>(
          this.em,
          'select status from amendment where id = ?',
          [amendment.id],
        );
        if (!now) throw new AppError('NOT_FOUND', { entity: 'Amendment' });
        throw statusRefusal(now.status);
      }
      this.services.metrics.recordUpload(type, stored.size);
      return document;
    } catch (error) {
      await this.services.documents.delete(stored.key).catch(() => undefined);
      throw error;
    }
  }

  async remove(documentId: string): Promise<boolean> {
    const document = UUID.test(documentId)
      ? await this.em.findOne(AmendmentDocument, { id: documentId })
      : null;
    if (!document) throw new AppError('NOT_FOUND', { entity: 'AmendmentDocument' });
    const amendment = await loadEditable(
      this.em,
      this.actor,
      document.amendment.id,
      EDITABLE_STATUSES,
    );
    const actor = this.actor;
    if (actor.kind !== 'account') throw new AppError('UNAUTHENTICATED');
    await this.em.transactional((em) => {
      em.remove(document);
      em.persist(
        Object.assign(new AmendmentEvent(), {
          amendment,
          type: AmendmentEventType.DOCUMENT_REMOVED,
          actorAccountId: actor.accountId,
          actorRole: actor.role,
          note: document.type,
        }),
      );
      amendment.lastEditedAt = new Date();
      recordAudit(em, {
        action: 'amendment.document.removed',
        actor,
        entityType: 'Amendment',
        entityId: amendment.id,
        detail: { documentId: document.id, type: document.type, sha256: document.sha256 },
      });
      return Promise.resolve();
    });
    // The record is gone; the bytes follow (a failure here leaves an orphan file, never a dangling row).
    await this.services.documents.delete(document.storageKey).catch(() => undefined);
    return true;
  }
}
