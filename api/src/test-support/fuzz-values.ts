import { createHash } from 'node:crypto';
import fc from 'fast-check';

/*
 * Property-based fuzzing, part 1: seeds, markers and hostile material. `fuzz.ts` generates
 * requests from the schema with these; `fuzz-checks.ts` encodes them and judges the answers.
 */

/** Fixed seed for reproducibility; `FUZZ_SEED=<n>` replays another run. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261127);
/** Every request sent by the fuzzers of this process (printed at the end of each file). */
export const fuzzStats = { requests: 0 };

/** A stable per-name seed, so adding a mutation does not change the others' sequences. */
export const seedFor = (name: string) =>
  (FUZZ_SEED ^ createHash('sha256').update(name).digest().readInt32BE(0)) | 0;

/** A key left out of its object (JSON.stringify drops symbol values). */
export const OMIT = Symbol('omit');
/** Bytes spliced verbatim into a JSON body: invalid or overlong UTF-8 that no JS string holds. */
export class RawBytes {
  constructor(readonly bytes: Buffer) {}
}
/** A file for an `Upload` variable: the request is then sent as a GraphQL multipart request. */
export class FilePart {
  constructor(
    readonly name: string,
    readonly type: string,
    readonly bytes: Uint8Array,
  ) {}
}

// --- Hostile material --------------------------------------------------------------------------

export const INVALID_UTF8 = [
  [0xc0, 0xaf], // overlong '/'
  [0xe0, 0x80, 0xaf], // overlong '/', three bytes
  [0xed, 0xa0, 0x80], // an encoded surrogate
  [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
  [0xff, 0xfe],
  [0xe4, 0xb8], // truncated sequence
  [0x80],
].map((b) => Buffer.from(b));

const huge = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length));
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  ' \t\r\n ',
  '\u0000',
  'a\u0000b',
  '\u0001\u0008\u001b[31m\u007f\u0085\u009f',
  '\ud800',
  'x\udfffy',
  '\ud83d',
  '\uffff\ufffe',
  'abc\u202egpj.exe',
  '\u200b\u2066\u2069\ufeff',
  'e\u0301'.repeat(500),
  '\u{1f600}\u{10ffff}',
  "' OR '1'='1",
  "'; DROP TABLE account; --",
  '" OR ""="',
  '1; select pg_sleep(10)--',
  "\\'; --",
  '$$; $$',
  "%' and 1=1 --",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("return process")()}}',
  '${7*7}',
  '__proto__',
  'constructor',
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '....//....//',
  '/etc/passwd',
  'file:///etc/passwd',
  'http://127.0.0.1:22/',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '0x7fffffff',
  '2026-02-30',
  '0000-00-00',
  '9999-12-31T23:59:59Z',
];
const HUGE_STRINGS = [
  huge('A', 100_000),
  huge('臺', 110_000),
  huge('\u0000', 100_000),
  huge("' OR 1=1 -- ", 120_000),
  huge('../', 100_002),
];

/** A value nested `depth` objects (or arrays) deep. */
export function nested(depth: number, array = false): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = array ? [value] : { a: value };
  return value;
}
const DEEP = [nested(2000), nested(2000, true), nested(64)];

/** Values of the wrong JSON type for most inputs (for strings, numbers are the wrong type). */
export const wrongTypes = fc.constantFrom<unknown>(
  null,
  0,
  -1,
  1.5,
  2 ** 53 + 2,
  -1e308,
  true,
  false,
  {},
  [],
  { value: 'x' },
  ['a', 'b'],
  ...DEEP,
);

/** Strings (so of the right type for String and ID inputs) with hostile contents. */
export const hostileText: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  // UTF-16 code units, lone surrogates included.
  {
    weight: 2,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      maxLength: 40,
    }),
  },
  // Something that looks right, then a payload (`JOHN\u0000`, `a@b.c'; --`).
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('JOHN', 'a@b.c', 'TPE', '0912345678'),
        fc.constantFrom(...HOSTILE_STRINGS),
      )
      .map(([a, b]) => a + b),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...INVALID_UTF8), fc.boolean())
      .map(([bytes, prefixed]) =>
        prefixed ? new RawBytes(Buffer.concat([Buffer.from('a@b.c'), bytes])) : new RawBytes(bytes),
      ),
  },
);
/** Hostile contents, or a value of the wrong type altogether. */
export const hostileString: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileText },
  { weight: 1, arbitrary: wrongTypes },
);
