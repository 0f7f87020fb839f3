import { useCallback, useMemo } from 'react';
import { useQuery } from '@apollo/client';
import type { AmendmentItem, DocumentType } from '../generated/graphql';
import { useMessages } from '../i18n/locale';
import { CasesRequirementsQuery } from './cases.graphql';
import { labelMessages } from './labels.messages';

/** What a document type must meet, as the API describes it before upload. */
export interface DocumentLimits {
  accept: string;
  maxBytes: number;
  summary: string;
}

/**
 * Names of items and document types in the current language, from the API's reference
 * (`amendmentRequirements`, public and small). Types no item asks for (OTHER, FINE_RECEIPT,
 * MANDATE) are only named by the case itself; our own words cover them until then.
 */
export function useCaseLabels() {
  const own = useMessages(labelMessages);
  const { data } = useQuery(CasesRequirementsQuery);
  const { items, documents } = useMemo(() => {
    const items = new Map<AmendmentItem, string>();
    const documents = new Map<DocumentType, { label: string } & DocumentLimits>();
    for (const requirement of data?.amendmentRequirements ?? []) {
      items.set(requirement.item, requirement.label);
      for (const d of requirement.documents) documents.set(d.type, d);
    }
    return { items, documents };
  }, [data]);

  const itemLabel = useCallback(
    (item: AmendmentItem) => items.get(item) ?? own('someItem'),
    [items, own],
  );
  const documentLabel = useCallback(
    (type: string) =>
      documents.get(type as DocumentType)?.label ??
      (type in FALLBACK ? own(FALLBACK[type as keyof typeof FALLBACK]) : own('someDocument')),
    [documents, own],
  );
  const limits = useCallback(
    (type: DocumentType): DocumentLimits | undefined => documents.get(type),
    [documents],
  );
  return { itemLabel, documentLabel, limits };
}

const FALLBACK = {
  OTHER: 'docOther',
  FINE_RECEIPT: 'docFineReceipt',
  MANDATE: 'docMandate',
} as const;
