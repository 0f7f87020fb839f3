import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import type { Mandate } from './mandateState';

/** A titled section listing mandates as cards (a real list for screen readers). */
export function MandateList({
  titleId,
  title,
  empty,
  mandates,
  render,
}: {
  titleId: string;
  title: string;
  empty?: string;
  mandates: Mandate[];
  render: (mandate: Mandate) => ReactNode;
}) {
  return (
    <Box component="section" aria-labelledby={titleId} sx={{ mb: 4 }}>
      <Typography id={titleId} component="h2" variant="h6" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {mandates.length === 0 ? (
        <Typography>{empty}</Typography>
      ) : (
        <Box
          component="ul"
          sx={{
            listStyle: 'none',
            p: 0,
            m: 0,
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
          }}
        >
          {mandates.map((m) => (
            <li key={m.id}>{render(m)}</li>
          ))}
        </Box>
      )}
    </Box>
  );
}
