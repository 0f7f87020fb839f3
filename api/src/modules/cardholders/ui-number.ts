import { randomInt } from 'node:crypto';

/**
 * The UI number (統一證號) of a foreign resident. Both formats share the national-ID checksum;
 * the old one encodes sex in a letter (A/C male, B/D female), the new one in a digit (8/9).
 */
export type UiNumberFormat = 'OLD' | 'NEW';
export type Sex = 'MALE' | 'FEMALE';

const LETTER_VALUES: Record<string, number> = {
  A: 10,
  B: 11,
  C: 12,
  D: 13,
  E: 14,
  F: 15,
  G: 16,
  H: 17,
  I: 34,
  J: 18,
  K: 19,
  L: 20,
  M: 21,
  N: 22,
  O: 35,
  P: 23,
  Q: 24,
  R: 25,
  S: 26,
  T: 27,
  U: 28,
  V: 29,
  W: 32,
  X: 30,
  Y: 31,
  Z: 33,
};

const OLD_FORMAT = /^[A-Z][A-D]\d{8}$/;
const NEW_FORMAT = /^[A-Z][89]\d{8}$/;

export const FIRST_LETTERS = Object.keys(LETTER_VALUES);

function letterValue(letter: string): number {
  const value = LETTER_VALUES[letter];
  if (value === undefined) throw new RangeError(`not a UI number letter: ${letter}`);
  return value;
}

function checksumSum(value: string, format: UiNumberFormat): number {
  const v = letterValue(value[0]!);
  const second = format === 'NEW' ? Number(value[1]) : letterValue(value[1]!) % 10;
  let sum = Math.floor(v / 10) + (v % 10) * 9 + second * 8;
  const weights = [7, 6, 5, 4, 3, 2, 1, 1];
  for (let i = 0; i < 8; i++) sum += Number(value[i + 2]) * weights[i]!;
  return sum;
}

export function uiNumberFormat(value: string): UiNumberFormat | null {
  if (NEW_FORMAT.test(value)) return 'NEW';
  if (OLD_FORMAT.test(value)) return 'OLD';
  return null;
}

export type UiNumberCheck =
  | { valid: true; value: string; format: UiNumberFormat; sex: Sex }
  | { valid: false; reason: 'FORMAT' | 'CHECKSUM' };

/** Validates shape and checksum; input is trimmed and upper-cased first. */
export function checkUiNumber(input: string): UiNumberCheck {
  const value = input.trim().toUpperCase();
  const format = uiNumberFormat(value);
  if (!format) return { valid: false, reason: 'FORMAT' };
  if (checksumSum(value, format) % 10 !== 0) return { valid: false, reason: 'CHECKSUM' };
  const marker = value[1]!;
  const sex: Sex = marker === 'A' || marker === 'C' || marker === '8' ? 'MALE' : 'FEMALE';
  return { valid: true, value, format, sex };
}

export function isValidUiNumber(input: string): boolean {
  return checkUiNumber(input).valid;
}

/** Completes 9 leading characters with the one check digit that makes the checksum hold. */
export function withCheckDigit(first9: string, format: UiNumberFormat): string {
  const partial = checksumSum(`${first9}0`, format);
  const check = (10 - (partial % 10)) % 10;
  return `${first9}${check}`;
}

export type RandomInt = (maxExclusive: number) => number;
const cryptoRandom: RandomInt = (max) => randomInt(max);

/** A new-format number for the given sex; uniqueness is the caller's job (see UiNumberService). */
export function generateNewFormatUiNumber(sex: Sex, random: RandomInt = cryptoRandom): string {
  const letter = FIRST_LETTERS[random(FIRST_LETTERS.length)]!;
  const marker = sex === 'MALE' ? '8' : '9';
  let digits = '';
  for (let i = 0; i < 7; i++) digits += String(random(10));
  return withCheckDigit(`${letter}${marker}${digits}`, 'NEW');
}

/** An old-format number, only needed for demo and test data (no longer issued since 2021). */
export function generateOldFormatUiNumber(sex: Sex, random: RandomInt = cryptoRandom): string {
  const letter = FIRST_LETTERS[random(FIRST_LETTERS.length)]!;
  const markers = sex === 'MALE' ? ['A', 'C'] : ['B', 'D'];
  const marker = markers[random(2)]!;
  let digits = '';
  for (let i = 0; i < 7; i++) digits += String(random(10));
  return withCheckDigit(`${letter}${marker}${digits}`, 'OLD');
}
