import { useState } from 'react';
import { Box, Button, Typography } from '@mui/material';
import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import { ErrorAlert } from '../components/ErrorAlert';
import { fileSize } from '../components/upload/fileSize';
import { apolloClient } from '../graphql/client';
import { useMessages } from '../i18n/locale';
import { documentMessages } from './documents.messages';
import type { WizardAmendment } from './steps';
import { WizardRemoveDocumentMutation } from './wizard.graphql';

type Document = WizardAmendment['documents'][number];

/** An uploaded file: a thumbnail (images) or a PDF mark, its name and size, and "remove". */
export function UploadedFile({
  document,
  onRemoved,
}: {
  document: Document;
  onRemoved: (name: string) => Promise<void>;
}) {
  const t = useMessages(documentMessages);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const image = document.mimeType.startsWith('image/');

  const remove = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await apolloClient.mutate({
        mutation: WizardRemoveDocumentMutation,
        variables: { id: document.id },
      });
      await onRemoved(document.originalName);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <Box component="li" sx={{ listStyle: 'none' }}>
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 1.5,
          p: 1,
          borderRadius: 1,
          bgcolor: '#f5f6f8',
        }}
      >
        {image ? (
          <Box
            component="img"
            src={document.downloadUrl}
            alt={t('previewAlt', { name: document.originalName })}
            sx={{ width: 48, height: 60, objectFit: 'cover', borderRadius: 0.5, flex: '0 0 auto' }}
          />
        ) : (
          <PictureAsPdfOutlinedIcon
            aria-hidden
            sx={{ fontSize: 40, color: '#b3261e', flex: '0 0 auto' }}
          />
        )}
        <Box sx={{ minWidth: 0, flex: 1 }}>
          <Typography sx={{ overflowWrap: 'anywhere', fontWeight: 600 }}>
            {document.originalName}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {image && document.width && document.height
              ? t('image', { width: document.width, height: document.height })
              : t('pdf')}
            {' · '}
            {fileSize(document.size)}
          </Typography>
        </Box>
        <Button
          size="small"
          color="error"
          onClick={() => void remove()}
          disabled={busy}
          aria-label={t('removeLabel', { name: document.originalName })}
        >
          {t('remove')}
        </Button>
      </Box>
      <ErrorAlert error={error} />
    </Box>
  );
}
