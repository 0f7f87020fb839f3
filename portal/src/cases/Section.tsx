import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';

/** A part of a page under its own h2, reachable by `#id` (links from the list and the mails). */
export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Box
      component="section"
      id={id}
      aria-labelledby={`${id}-title`}
      sx={{ mb: 4, scrollMarginTop: 96 }}
    >
      <Typography id={`${id}-title`} component="h2" variant="h6" sx={{ mb: 1, fontWeight: 600 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}
