import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The fonts receipts are set in: Noto Sans TC (Traditional Chinese, Latin and digits in one
 * face), TrueType outlines, from the `@expo-google-fonts/noto-sans-tc` package (SIL Open Font
 * License 1.1; the package's code is MIT). pdfkit embeds only the glyphs a document uses
 * (a subset), so a receipt stays a few tens of kilobytes although each font file is ~7 MB.
 */
const require = createRequire(import.meta.url);

const FILES = {
  regular: '@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf',
} as const;

export type FontName = keyof typeof FILES;

const cache = new Map<FontName, Buffer>();

/** The font file's bytes, read once per process. */
export function fontBytes(name: FontName): Buffer {
  let bytes = cache.get(name);
  if (!bytes) {
    bytes = readFileSync(require.resolve(FILES[name]));
    cache.set(name, bytes);
  }
  return bytes;
}
