import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Amendment } from '../amendments/amendment.entity.js';
import { Amendment as AmendmentType } from '../amendments/amendments.types.js';
import { hasSummary, receiptKindOf } from './receipt-content.js';

/** Where a case's PDFs are (paths on this API; send the session cookie or bearer token). */
@Resolver(() => AmendmentType)
export class AmendmentReceiptFieldsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Authorised path of the electronic receipt (PDF), once the fee is paid, or once approved when the fee is exempt (NT$0); null when there is none',
  })
  receiptUrl(@Root() a: Amendment): string | null {
    return receiptKindOf(a) ? `/amendments/${a.id}/receipt.pdf` : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Authorised path of the application summary (PDF: what was asked, documents, fee), once submitted',
  })
  summaryUrl(@Root() a: Amendment): string | null {
    return hasSummary(a) ? `/amendments/${a.id}/summary.pdf` : null;
  }
}
