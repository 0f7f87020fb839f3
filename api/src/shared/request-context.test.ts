import { describe, expect, it } from 'vitest';
import { pickLocale } from './request-context.js';

describe('pickLocale', () => {
  it('follows Accept-Language with quality values and defaults to zh-TW', () => {
    expect(pickLocale(undefined)).toBe('zh-TW');
    expect(pickLocale('en-US,en;q=0.9')).toBe('en');
    expect(pickLocale('zh-TW,zh;q=0.9,en;q=0.8')).toBe('zh-TW');
    expect(pickLocale('fr-FR, en;q=0.5, zh;q=0.7')).toBe('zh-TW');
    expect(pickLocale('de-DE')).toBe('zh-TW');
    expect(pickLocale('zh;q=0, en')).toBe('en');
  });
});
