import { beforeAll, describe, expect, it } from 'vitest';
import { safeNextPath } from '../src/account/safeNext';

/** Where the login page may send people afterwards: only pages of this site. */
describe('safeNextPath', () => {
  beforeAll(() => {
    Object.assign(globalThis, { window: { location: { origin: 'https://portal.example' } } });
  });

  it('keeps paths on this site, with their query and fragment', () => {
    expect(safeNextPath('/amendments/42/edit/documents?x=1#top')).toBe(
      '/amendments/42/edit/documents?x=1#top',
    );
    expect(safeNextPath('/account')).toBe('/account');
  });

  it('refuses other sites, however they are spelled', () => {
    for (const next of [
      '//evil.example',
      '///evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      ' /amendments',
      'https://evil.example/',
      'javascript:alert(1)',
      'amendments',
      '',
      null,
    ]) {
      expect(safeNextPath(next), String(next)).toBeUndefined();
    }
  });

  it('does not lead back to the login or registration page, nor into the officer console', () => {
    expect(safeNextPath('/login?next=%2Fx')).toBeUndefined();
    expect(safeNextPath('/register')).toBeUndefined();
    expect(safeNextPath('/admin/')).toBeUndefined();
    expect(safeNextPath('/loginhelp')).toBe('/loginhelp');
  });
});
