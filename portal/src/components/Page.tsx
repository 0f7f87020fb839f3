import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { common } from '../i18n/common';
import { useMessages } from '../i18n/locale';

/**
 * One page: its heading, the document title ("heading — service") and, after a navigation, the
 * keyboard focus on the heading so that screen readers announce the new page.
 */
export function Page({
  title,
  intro,
  actions,
  children,
  maxWidth = 960,
}: {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  maxWidth?: number;
}) {
  const t = useMessages(common);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — ${t('service')}`;
  }, [title, t]);
  useEffect(() => {
    // Not on the first page load (the browser starts at the top), only after navigating here.
    if (window.history.state && (window.history.state as { idx?: number }).idx) {
      heading.current?.focus({ preventScroll: false });
    }
  }, []);
  return (
    <Box sx={{ maxWidth, mx: 'auto', width: '100%' }}>
      <Box
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 1,
          mb: 2,
        }}
      >
        <Typography
          component="h1"
          variant="h5"
          ref={heading}
          tabIndex={-1}
          sx={{ fontWeight: 600, outline: 'none', overflowWrap: 'anywhere' }}
        >
          {title}
        </Typography>
        {actions}
      </Box>
      {intro && (
        <Typography component="div" sx={{ mb: 2, color: 'text.secondary' }}>
          {intro}
        </Typography>
      )}
      {children}
    </Box>
  );
}
