import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.js';
import { isStaff } from '../../shared/authorization.js';
import { AppError } from '../../shared/errors.js';
import { Account } from '../accounts/account.entity.js';
import { Amendment, AmendmentDocument } from '../amendments/amendment.entity.js';
import { amendmentRef, assertCan } from '../amendments/amendments.policy.js';
import { recordAudit } from '../audit/audit.service.js';
import { Payment, PaymentStatus } from '../payments/payment.entity.js';
import { receiptModel, summaryModel } from './receipt-content.js';
import { renderReceipt, renderSummary } from './receipt-pdf.js';
import { RECEIPT_NOT_AVAILABLE, SUMMARY_NOT_AVAILABLE } from './receipts.errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RenderedPdf {
  bytes: Buffer;
  fileName: string;
}

/**
 * The receipt and the application summary of a case, for whoever may read the case (the holder,
 * the filer — employers and agencies while mandated — and officers, whose downloads are audited).
 */
export class ReceiptsService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
  ) {}

  private async readable(id: string, what: 'receipt' | 'summary'): Promise<Amendment> {
    if (this.actor.kind !== 'account') throw new AppError('UNAUTHENTICATED');
    const amendment = UUID.test(id) ? await this.em.findOne(Amendment, { id }) : null;
    if (!amendment) throw new AppError('NOT_FOUND', { entity: 'Amendment' });
    assertCan(this.actor, 'amendment:read', await amendmentRef(this.em, this.actor, amendment));
    if (isStaff(this.actor)) {
      recordAudit(this.em, {
        action: `amendment.${what}.downloaded`,
        actor: this.actor,
        entityType: 'Amendment',
        entityId: amendment.id,
        detail: { applicantId: amendment.applicant.id },
      });
      await this.em.flush();
    }
    return amendment;
  }

  async receipt(id: string): Promise<RenderedPdf> {
    const amendment = await this.readable(id, 'receipt');
    const payment = amendment.feePaidAt
      ? await this.em.findOne(
          Payment,
          { amendment, status: PaymentStatus.PAID, duplicate: false },
          { orderBy: { paidAt: 'asc' } },
        )
      : null;
    const model = receiptModel(amendment, payment);
    if (!model) throw new AppError(RECEIPT_NOT_AVAILABLE);
    return {
      bytes: await renderReceipt(model),
      fileName: `receipt-${model.applicationNumber}.pdf`,
    };
  }

  async summary(id: string): Promise<RenderedPdf> {
    const amendment = await this.readable(id, 'summary');
    const filer = await this.em.findOneOrFail(Account, { id: amendment.filedBy.id });
    const documents = await this.em.find(
      AmendmentDocument,
      { amendment },
      { orderBy: { uploadedAt: 'asc' } },
    );
    const model = summaryModel(amendment, filer, documents);
    if (!model) throw new AppError(SUMMARY_NOT_AVAILABLE);
    return {
      bytes: await renderSummary(model),
      fileName: `summary-${model.applicationNumber}.pdf`,
    };
  }
}
