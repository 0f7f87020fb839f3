import { useId, useState, type ChangeEvent } from 'react';
import { Box, LinearProgress, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircleOutlined';
import UploadFileIcon from '@mui/icons-material/UploadFileOutlined';
import { visuallyHidden } from '../components/visuallyHidden';
import type { DocumentType } from '../generated/graphql';
import { fileSize } from '../components/upload/fileSize';
import { useDocumentUpload } from '../components/upload/useDocumentUpload';
import { common } from '../i18n/common';
import { useMessages } from '../i18n/locale';
import { supplementMessages } from './supplement.messages';
import type { DocumentLimits } from './useCaseLabels';

const ANY_ACCEPTED = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';

/** True when the browser's idea of the file fits the accept list (the API checks the bytes). */
function acceptable(file: File, accept: string): boolean {
  const name = file.name.toLowerCase();
  return accept
    .split(',')
    .map((a) => a.trim().toLowerCase())
    .some((a) => (a.startsWith('.') ? name.endsWith(a) : file.type === a));
}

/**
 * One requested document: its limits before anyone picks a file, a native file input (labelled,
 * keyboard-operable), a check of size and type before sending, the upload's progress, and the
 * API's verdict beside the input.
 */
export function DocumentUploadField({
  amendmentId,
  type,
  label,
  uploaded,
  limits,
  problem,
  onUploaded,
}: {
  amendmentId: string;
  type: DocumentType;
  label: string;
  uploaded: number;
  limits?: DocumentLimits;
  /** A problem reported for this document by the form (missing), shown beside the input. */
  problem?: string;
  onUploaded: () => void;
}) {
  const t = useMessages(supplementMessages);
  const words = useMessages(common);
  const id = useId();
  const { progress, upload } = useDocumentUpload(amendmentId);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const accept = limits?.accept ?? ANY_ACCEPTED;
  const shownError = error ?? problem;

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setError(undefined);
    setDone(undefined);
    if (limits && file.size > limits.maxBytes) {
      setError(t('tooLarge', { size: fileSize(file.size), max: fileSize(limits.maxBytes) }));
      input.value = '';
      return;
    }
    if (!acceptable(file, accept)) {
      setError(t('wrongType'));
      input.value = '';
      return;
    }
    const outcome = await upload(type, file, onUploaded);
    input.value = '';
    if (outcome?.ok) setDone(outcome.document.originalName);
    else if (outcome) setError(outcome.message ?? words('networkError'));
  };

  const percent = progress && Math.round(progress.fraction * 100);
  return (
    <Box
      id={`upload-${type}`}
      sx={{
        border: 1,
        borderColor: shownError ? 'error.main' : 'divider',
        borderLeftWidth: shownError ? 4 : 1,
        borderRadius: 1,
        p: 1.5,
        position: 'relative',
        overflowWrap: 'anywhere',
      }}
    >
      <Typography component="h4" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {label}
      </Typography>
      {limits && (
        <Typography id={`${id}-limits`} variant="body2" sx={{ color: 'text.secondary' }}>
          {limits.summary}
        </Typography>
      )}
      <Typography variant="body2" sx={{ my: 0.5, display: 'flex', alignItems: 'center', gap: 0.5 }}>
        {uploaded > 0 && <CheckCircleIcon fontSize="small" color="success" aria-hidden />}
        {uploaded > 0 ? t('uploadedCount', { count: uploaded }) : t('notUploaded')}
      </Typography>
      {shownError && (
        <Typography id={`${id}-error`} role="alert" sx={{ color: 'error.main', fontWeight: 600 }}>
          {shownError}
        </Typography>
      )}
      {/* The native input, visually hidden (its own words would be the browser's language,
          not the page's), stays the focusable, labelled control; the label looks like a button. */}
      <Box
        component="input"
        id={`${id}-input`}
        data-document-type={type}
        type="file"
        accept={accept}
        disabled={Boolean(progress)}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={
          [limits && `${id}-limits`, shownError && `${id}-error`].filter(Boolean).join(' ') ||
          undefined
        }
        onChange={(e: ChangeEvent<HTMLInputElement>) => void onChange(e)}
        sx={visuallyHidden}
      />
      <Box
        component="label"
        htmlFor={`${id}-input`}
        sx={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 1,
          mt: 1,
          px: 2,
          py: 1,
          border: 1,
          borderColor: 'primary.main',
          borderRadius: 1,
          color: 'primary.main',
          fontWeight: 600,
          cursor: progress ? 'default' : 'pointer',
          maxWidth: '100%',
          overflowWrap: 'anywhere',
          'input:focus-visible + &': { outline: '3px solid #c25100', outlineOffset: 2 },
          'input:disabled + &': { opacity: 0.6 },
          '&:hover': { bgcolor: 'action.hover' },
        }}
      >
        <UploadFileIcon fontSize="small" aria-hidden />
        {t('chooseFile', { label })}
      </Box>
      {percent !== undefined && (
        <Box sx={{ mt: 1 }}>
          <LinearProgress
            variant="determinate"
            value={percent}
            aria-label={t('uploadProgress', { label })}
          />
          <Typography variant="body2" role="status">
            {t('uploading', { percent })}
          </Typography>
        </Box>
      )}
      {done && (
        <Typography variant="body2" role="status" sx={{ mt: 0.5, overflowWrap: 'anywhere' }}>
          {t('uploadedFile', { name: done })}
        </Typography>
      )}
    </Box>
  );
}
