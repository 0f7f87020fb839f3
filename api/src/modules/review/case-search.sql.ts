/**
 * The officers' one search box (`AmendmentFilter.search`) as SQL over `amendment a`. Every branch
 * is a predicate an index answers (Migration20261206000200CaseSearchAndQueues):
 *
 * - application number, whole or partial (3 characters or more, digits alone too):
 *   `ilike` on the trigram index `amendment_application_number_trgm_index`;
 * - UI number, current or earlier, exact: the unique index of `applicant_ui_number`;
 * - passport number (the holder's current one), exact after upper-casing: `upper(passport_number)`;
 * - English name in either order or one part: `ilike` on two trigram indexes over
 *   " given surname " and " surname given " (spaces around, so a 1–2 letter part such as LI
 *   is looked for as a whole word, which trigrams can index);
 * - Chinese name, partial: Chinese names have 2–4 characters, so a partial search has 1–2,
 *   fewer than a trigram: a GIN index over each name's characters and character pairs
 *   (`chinese_name_grams`), rechecked with `like`.
 *
 * Matching holders are found first (one bitmap OR over applicant's indexes), then their cases
 * through `amendment_applicant_id_index`; the result is a set of case ids the list joins to.
 */

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** Characters outside ASCII that make a term a Chinese name rather than Latin letters. */
const HAN = /[\u2e80-\u9fff\uf900-\ufaff]/u;

/** Each character pair of `text` (the character itself when it has one). */
function pairsOf(text: string): string[] {
  const chars = [...text];
  if (chars.length === 1) return chars;
  return [...new Set(chars.slice(1).map((ch, i) => chars[i]! + ch))];
}

export function searchCondition(raw: string): { sql: string; params: unknown[] } {
  const term = raw.trim().replace(/\s+/g, ' ');
  const params: unknown[] = [];
  const holders: string[] = [];
  const cases: string[] = [];
  if (HAN.test(term)) {
    const name = term.replace(/ /g, '');
    holders.push(
      `select n.id from applicant n
       where chinese_name_grams(n.chinese_name) @> array[?]::text[] and n.chinese_name like ?`,
    );
    params.push(pairsOf(name), `%${escapeLike(name)}%`);
  } else {
    const upper = term.toUpperCase();
    const oneWord = !upper.includes(' ');
    const byApplication = oneWord && upper.length >= 3;
    if (byApplication) {
      cases.push('select x.id from amendment x where x.application_number ilike ?');
      params.push(`%${escapeLike(upper)}%`);
    }
    const ofHolder: string[] = [];
    const holderParams: unknown[] = [];
    if (oneWord && upper.length <= 20) {
      holders.push('select u.applicant_id from applicant_ui_number u where u.ui_number = ?');
      params.push(upper);
      ofHolder.push('upper(n.passport_number) = ?');
      holderParams.push(upper);
    }
    if (/\p{L}/u.test(upper)) {
      // Names separated by commas ("CHEN, WEI") read as separated by spaces.
      const words = upper.replace(/,/g, ' ').trim().replace(/\s+/g, ' ');
      const pattern = words.length >= 3 ? `%${escapeLike(words)}%` : `% ${escapeLike(words)} %`;
      ofHolder.push(
        `(' ' || n.english_given_name || ' ' || n.english_surname || ' ') ilike ?`,
        `(' ' || n.english_surname || ' ' || n.english_given_name || ' ') ilike ?`,
      );
      holderParams.push(pattern, pattern);
    }
    if (ofHolder.length) {
      holders.push(`select n.id from applicant n where ${ofHolder.join(' or ')}`);
      params.push(...holderParams);
    }
  }
  if (holders.length)
    cases.push(
      `select x.id from amendment x where x.applicant_id in (${holders.join(' union all ')})`,
    );
  if (!cases.length) return { sql: 'false', params: [] };
  return { sql: `a.id in (${cases.join(' union all ')})`, params };
}
