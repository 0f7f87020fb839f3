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
 * A term is a name when it has no digit (every number has one) and a number otherwise, so each
 * search is one kind of predicate. Names: the matching holders (a bitmap OR over the trigram
 * indexes), then `a.applicant_id in (…)` through `amendment_applicant_search_index`, which
 * carries the status and the list's order: a name shared by thousands of cases is counted and
 * sorted from index entries alone. Numbers: the case ids of the application-number matches and
 * of the holders with that UI or passport number (`a.id in (… union all …)`), a few rows.
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
  if (HAN.test(term)) {
    const name = term.replace(/ /g, '');
    return {
      sql: `a.applicant_id in (select n.id from applicant n
        where chinese_name_grams(n.chinese_name) @> array[?]::text[] and n.chinese_name like ?)`,
      params: [pairsOf(name), `%${escapeLike(name)}%`],
    };
  }
  const upper = term.toUpperCase();
  if (!/\d/.test(upper)) {
    // No digit: a name (numbers all have digits). Names separated by commas ("CHEN, WEI") read
    // as separated by spaces.
    const words = upper.replace(/,/g, ' ').trim().replace(/\s+/g, ' ');
    if (!words) return { sql: 'false', params: [] };
    const pattern = words.length >= 3 ? `%${escapeLike(words)}%` : `% ${escapeLike(words)} %`;
    return {
      sql: `a.applicant_id in (select n.id from applicant n
        where (' ' || n.english_given_name || ' ' || n.english_surname || ' ') ilike ?
           or (' ' || n.english_surname || ' ' || n.english_given_name || ' ') ilike ?)`,
      params: [pattern, pattern],
    };
  }
  // A number: an application number in part, or a holder's UI or passport number exactly.
  if (upper.includes(' ')) return { sql: 'false', params: [] };
  const cases = [];
  const params: unknown[] = [];
  if (upper.length >= 3) {
    cases.push('select x.id from amendment x where x.application_number ilike ?');
    params.push(`%${escapeLike(upper)}%`);
  }
  cases.push(`select x.id from amendment x where x.applicant_id in (
      select u.applicant_id from applicant_ui_number u where u.ui_number = ?
      union all select n.id from applicant n where upper(n.passport_number) = ?)`);
  params.push(upper, upper);
  return { sql: `a.id in (${cases.join(' union all ')})`, params };
}
