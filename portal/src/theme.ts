import { createTheme } from '@mui/material/styles';

/** System fonts only (nothing is fetched from elsewhere), with CJK fallbacks for Traditional Chinese. */
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

/**
 * The officer console's colours (admin/src/theme.ts), so that both apps look like one service;
 * every text/background pair reaches WCAG AA contrast, which axe-core checks in the browser tests.
 */
export const theme = createTheme({
  palette: {
    primary: { main: '#1456a8' },
    secondary: { main: '#0d3c78' },
    info: { main: '#0a5a8c' },
    success: { main: '#1d6b24' },
    warning: { main: '#8a4b00' },
    error: { main: '#b3261e' },
    background: { default: '#f5f6f8' },
  },
  typography: { fontFamily },
  shape: { borderRadius: 6 },
  components: {
    // Sentence case: capitals are harder to read, and Chinese has none anyway.
    MuiButton: {
      defaultProps: { disableElevation: true },
      styleOverrides: { root: { textTransform: 'none' } },
    },
    // A visible focus ring on everything that can take focus (keyboard users).
    MuiButtonBase: {
      styleOverrides: {
        root: { '&.Mui-focusVisible': { outline: '3px solid #c25100', outlineOffset: 2 } },
      },
    },
    MuiLink: { defaultProps: { underline: 'always' } },
  },
});

/** Highlight for the countdown's last minutes and changed values (dark text on pale amber). */
export const highlight = { bgcolor: '#fff1c2', color: '#3d2a00' } as const;
