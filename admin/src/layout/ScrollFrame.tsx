import type { ReactNode } from 'react';
import { Box } from '@mui/material';

/**
 * A table's own sideways scroll (on a phone the page must not scroll sideways): focusable and
 * named, so that keyboard users can scroll it too.
 */
export function ScrollFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box
      role="region"
      aria-label={label}
      tabIndex={0}
      sx={{
        overflowX: 'auto',
        '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
      }}
    >
      {children}
    </Box>
  );
}
