import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Alert, AlertTitle, Box, Button, Stack, Typography } from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { useMessages } from '../i18n/locale';
import { agencyMessages } from './agency.messages';

/**
 * A secret the server shows this one time (an API key, a signing secret): in full, selectable,
 * with a copy button and a plain warning. It takes the focus when it appears so that screen
 * reader users hear it at once.
 */
export function SecretOnce({
  title,
  warning,
  secret,
  label,
  children,
  onDone,
}: {
  title: string;
  warning: string;
  secret: string;
  /** What the secret is, for the text's accessible name. */
  label: string;
  children?: ReactNode;
  onDone: () => void;
}) {
  const t = useMessages(agencyMessages);
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <Alert
      severity="warning"
      ref={box}
      tabIndex={-1}
      sx={{ mb: 3, '& .MuiAlert-message': { width: '100%', minWidth: 0 } }}
    >
      <AlertTitle component="h2" sx={{ fontSize: '1.1rem', fontWeight: 600 }}>
        {title}
      </AlertTitle>
      <Typography sx={{ mb: 1 }}>{warning}</Typography>
      <Box
        component="code"
        aria-label={label}
        data-testid="secret-once"
        sx={{
          display: 'block',
          p: 1.5,
          my: 1,
          bgcolor: 'background.paper',
          color: 'text.primary',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
          fontSize: '0.95rem',
          overflowWrap: 'anywhere',
          userSelect: 'all',
        }}
      >
        {secret}
      </Box>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <Button
          variant="contained"
          startIcon={<ContentCopyIcon aria-hidden />}
          onClick={() => void copy()}
        >
          {t('copy')}
        </Button>
        <Button variant="outlined" color="inherit" onClick={onDone}>
          {t('storedIt')}
        </Button>
        <Typography role="status" variant="body2" sx={{ minHeight: '1.5em' }}>
          {copied === 'yes' ? t('copied') : copied === 'failed' ? t('copyFailed') : ''}
        </Typography>
      </Stack>
      {children}
    </Alert>
  );
}
