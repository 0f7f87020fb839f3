import { describe, expect, it } from 'vitest';
import { disallowedLinks } from './announcement-links.js';

describe('links in a notice’s Markdown', () => {
  it('may point to https:// addresses and to the service’s own pages', () => {
    expect(
      disallowedLinks(
        [
          'See [the agency](https://www.example.org/) and [your cases](/amendments).',
          '![map](https://example.org/map.png "title") <https://goldcard.example/help>',
          '[ref]: https://example.org/ref',
          'Plain text (with brackets) and [not a link] and a <b>tag</b> are fine.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('may not point anywhere else: script, data, plain http, other hosts by //', () => {
    expect(
      disallowedLinks(
        [
          '[x](javascript:alert(1))',
          '[y]( JAVASCRIPT:alert(1) )',
          '[z](<data:text/html,hi>)',
          '[w](http://example.org)',
          '[v](//evil.example/path)',
          '<vbscript:msgbox>',
          '  [r]: javascript:void(0)',
          '[e]()',
        ].join('\n'),
      ),
    ).toEqual([
      'javascript:alert(1',
      'JAVASCRIPT:alert(1',
      'data:text/html,hi',
      'http://example.org',
      '//evil.example/path',
      '',
      'javascript:void(0)',
      'vbscript:msgbox',
    ]);
  });
});
