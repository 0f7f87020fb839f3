import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** System fonts only (no web fonts are fetched), with CJK fallbacks for Traditional Chinese. */
const fontFamily = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  '"Noto Sans TC"',
  '"Noto Sans CJK TC"',
  '"PingFang TC"',
  '"Microsoft JhengHei"',
  'sans-serif',
].join(',');

export const theme: RaThemeOptions = {
  ...defaultTheme,
  typography: { ...defaultTheme.typography, fontFamily },
};
