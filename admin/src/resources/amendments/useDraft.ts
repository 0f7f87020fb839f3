import { useCallback, useState } from 'react';

/**
 * The decision texts an officer may be typing when something interrupts (session end, reload),
 * and the standard reason chosen beside them.
 */
export type DraftKind =
  'approve-note' | 'reject-reason' | 'reject-code' | 'supplement-message' | 'supplement-code';

const KINDS: DraftKind[] = [
  'approve-note',
  'reject-reason',
  'reject-code',
  'supplement-message',
  'supplement-code',
];

const PREFIX = 'goldcard.draft';
const keyOf = (caseId: string, kind: DraftKind) => `${PREFIX}.${caseId}.${kind}`;

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // storage switched off: the text then lives as long as the dialog
  }
}

/** The kept text, if any (for the conflict notice, which shows what was not sent). */
export function readDraft(caseId: string, kind: DraftKind): string {
  return storage()?.getItem(keyOf(caseId, kind)) ?? '';
}

/** Forgets the case's kept texts (the decision went through). */
export function clearDrafts(caseId: string): void {
  const store = storage();
  if (!store) return;
  for (const kind of KINDS) {
    store.removeItem(keyOf(caseId, kind));
  }
}

/**
 * A text field's value kept in this tab's sessionStorage per case while it is typed, so that a
 * dialog opened again (after a session expiry and sign-in, a reload, a closed dialog) starts
 * with it. sessionStorage ends with the tab; a decision sent clears it.
 */
export function useDraft(caseId: string, kind: DraftKind) {
  const [value, setValue] = useState(() => readDraft(caseId, kind));
  const [restored] = useState(() => readDraft(caseId, kind) !== '');
  const update = useCallback(
    (next: string) => {
      setValue(next);
      const store = storage();
      if (!store) return;
      if (next === '') store.removeItem(keyOf(caseId, kind));
      else store.setItem(keyOf(caseId, kind), next);
    },
    [caseId, kind],
  );
  return { value, setValue: update, restored };
}
