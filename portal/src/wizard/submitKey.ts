/**
 * The idempotency key of a case's submit, made once and kept in this tab's sessionStorage until
 * the API answers with the filed case: a retry after a lost answer, a double click or a reload
 * sends the same key, so the case is filed once (docs/integration.md, section 4).
 */
const PREFIX = 'goldcard.submitKey.';
const memory = new Map<string, string>();

function newKey(): string {
  // getRandomValues works outside secure contexts too (randomUUID does not).
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `portal-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function submitKeyFor(amendmentId: string): string {
  try {
    const saved = sessionStorage.getItem(PREFIX + amendmentId);
    if (saved) return saved;
    const key = memory.get(amendmentId) ?? newKey();
    sessionStorage.setItem(PREFIX + amendmentId, key);
    return key;
  } catch {
    // Storage off (private mode): this page's memory keeps it.
    const key = memory.get(amendmentId) ?? newKey();
    memory.set(amendmentId, key);
    return key;
  }
}

export function clearSubmitKey(amendmentId: string): void {
  memory.delete(amendmentId);
  try {
    sessionStorage.removeItem(PREFIX + amendmentId);
  } catch {
    // Nothing stored.
  }
}
