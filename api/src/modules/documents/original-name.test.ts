import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORIGINAL_NAME_MAX_LENGTH, sanitizeOriginalName } from './original-name.js';

describe('sanitizeOriginalName', () => {
  it.each([
    ['scan.pdf', 'scan.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['/var/tmp/photo.png', 'photo.png'],
    ['C:\\Users\\Mei\\Desktop\\護照.jpg', '護照.jpg'],
    ['dir/sub\\mixed.pdf', 'mixed.pdf'],
    ['a\u0000b\nc\td\u007f\u0085.pdf', 'abcd.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['\u2066bill\u2069.pdf', 'bill.pdf'],
    ['\ufeffbom.pdf', 'bom.pdf'],
    ['  spaced   out  .pdf  ', 'spaced out .pdf'],
    ['e\u0301.pdf', '\u00e9.pdf'], // NFC
    ['bad\ud800surrogate.pdf', 'bad\ufffdsurrogate.pdf'],
    ['\udc00lead.pdf', '\ufffdlead.pdf'],
    ['👩‍👩‍👧 family.png', '👩‍👩‍👧 family.png'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeOriginalName(input)).toBe(expected);
  });

  it.each([null, undefined, '', '   ', '.', '..', 'a/..', '\u0000\u0001', 'dir/'])(
    'falls back to "document" for %j',
    (input) => {
      expect(sanitizeOriginalName(input)).toBe('document');
    },
  );

  it('shortens long names to 200 characters, keeping the extension', () => {
    const name = sanitizeOriginalName(`${'a'.repeat(300)}.pdf`);
    expect(name).toHaveLength(ORIGINAL_NAME_MAX_LENGTH);
    expect(name.endsWith('aaa.pdf')).toBe(true);
    const cjk = sanitizeOriginalName(`${'居'.repeat(250)}.jpeg`);
    expect(Array.from(cjk)).toHaveLength(200);
    expect(cjk.endsWith('居.jpeg')).toBe(true);
  });

  it('counts characters, not UTF-16 units, and never splits a surrogate pair', () => {
    const name = sanitizeOriginalName('😀'.repeat(250));
    expect(Array.from(name)).toHaveLength(200);
    expect(name).toBe('😀'.repeat(200));
  });

  it('always yields a short, well-formed, control-free, path-free name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (input) => {
        const name = sanitizeOriginalName(input);
        expect(Array.from(name).length).toBeGreaterThan(0);
        expect(Array.from(name).length).toBeLessThanOrEqual(ORIGINAL_NAME_MAX_LENGTH);
        expect(name).not.toMatch(/[/\\]/);
        // eslint-disable-next-line no-control-regex
        expect(name).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        // Round-trips through UTF-8 unchanged: no lone surrogates.
        expect(Buffer.from(name, 'utf8').toString('utf8')).toBe(name);
        expect(sanitizeOriginalName(name)).toBe(name); // idempotent
      }),
      { numRuns: 500 },
    );
  });
});
