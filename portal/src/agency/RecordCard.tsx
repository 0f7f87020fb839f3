import type { ReactNode } from 'react';
import { Box, Card, CardContent, Stack, Typography } from '@mui/material';

/**
 * One record of a list (a key, a notification address, a mandate, a delivery): its name as the
 * card's heading with its status beside it (wrapping under it on a phone), its details as a
 * description list (Detail rows), then anything else (notes, buttons).
 */
export function RecordCard({
  title,
  status,
  details,
  children,
  fillHeight = true,
  testId,
}: {
  title: ReactNode;
  status?: ReactNode;
  details: ReactNode;
  children?: ReactNode;
  /** As tall as its neighbours in a grid row. */
  fillHeight?: boolean;
  testId?: string;
}) {
  return (
    <Card
      variant="outlined"
      component="article"
      data-testid={testId}
      sx={fillHeight ? { height: '100%' } : undefined}
    >
      <CardContent>
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 1 }}
        >
          <Typography
            component="h3"
            variant="subtitle1"
            sx={{ fontWeight: 600, overflowWrap: 'anywhere', flexGrow: 1, minWidth: 0 }}
          >
            {title}
          </Typography>
          {status}
        </Stack>
        <Box component="dl" sx={{ m: 0, display: 'grid', gap: 0.75 }}>
          {details}
        </Box>
        {children}
      </CardContent>
    </Card>
  );
}
