import { useRef, useState } from 'react';
import { Alert, Box, Button, Chip, LinearProgress, Paper, Typography } from '@mui/material';
import AddAPhotoOutlinedIcon from '@mui/icons-material/AddAPhotoOutlined';
import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined';
import { fileSize } from '../components/upload/fileSize';
import { useDocumentUpload } from '../components/upload/useDocumentUpload';
import type { WizardRequirementsQuery } from '../generated/graphql';
import { common } from '../i18n/common';
import { useMessages } from '../i18n/locale';
import { documentMessages } from './documents.messages';
import type { WizardAmendment } from './steps';
import { UploadedFile } from './UploadedFile';

type Entry = WizardAmendment['checklist'][number];
type Requirement = WizardRequirementsQuery['amendmentRequirements'][number]['documents'][number];

type Notice =
  | { kind: 'uploaded' | 'removed'; name: string }
  | { kind: 'refused'; name: string; message?: string };

/** Phones and tablets: offer the camera as well as the file picker. */
const touchScreen = () => window.matchMedia?.('(pointer: coarse)').matches ?? false;

/**
 * One document of the checklist: its limits before any file is chosen, the files uploaded (with
 * a preview and "remove"), the upload's progress, and the API's verdict on a refused file.
 */
export function DocumentSlot({
  amendment,
  entry,
  requirement,
  missing,
  onChanged,
}: {
  amendment: WizardAmendment;
  entry: Entry;
  requirement?: Requirement;
  missing?: string;
  onChanged: () => Promise<unknown>;
}) {
  const t = useMessages(documentMessages);
  const c = useMessages(common);
  const fileInput = useRef<HTMLInputElement>(null);
  const cameraInput = useRef<HTMLInputElement>(null);
  const { progress, upload } = useDocumentUpload(amendment.id);
  // Kept as facts, worded at render time: switching language rewords them.
  const [notice, setNotice] = useState<Notice | undefined>();
  const [camera] = useState(touchScreen);

  const documents = amendment.documents.filter((d) => d.type === entry.type);
  const id = `document-${entry.type}`;
  const accept = requirement?.accept ?? '.pdf,.jpg,.jpeg,.png';

  const send = async (file: File) => {
    setNotice(undefined);
    const outcome = await upload(entry.type, file, onChanged);
    if (!outcome) return;
    setNotice(
      outcome.ok
        ? { kind: 'uploaded', name: file.name }
        : { kind: 'refused', name: file.name, message: outcome.message },
    );
  };

  const picked = (input: HTMLInputElement | null) => {
    const file = input?.files?.[0];
    // The same file can be chosen again after a refusal.
    if (input) input.value = '';
    if (file) void send(file);
  };

  const label = documents.length ? 'chooseAnother' : 'chooseFile';
  return (
    <Paper component="li" variant="outlined" id={id} tabIndex={-1} sx={{ p: 2, listStyle: 'none' }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography component="h2" variant="h6" sx={{ overflowWrap: 'anywhere' }}>
          {entry.label}
        </Typography>
        <Chip
          size="small"
          color={entry.uploaded ? 'success' : 'default'}
          label={entry.uploaded ? t('uploadedCount', { count: entry.uploaded }) : t('notYet')}
          // No fade between the two colours: half-way, the text would be hard to read.
          sx={{ transition: 'none' }}
        />
      </Box>
      {requirement && (
        <Box sx={{ mb: 2 }} id={`${id}-limits`}>
          <Box component="ul" sx={{ m: 0, pl: 2.5, fontSize: '0.875rem' }}>
            <li>{t('formats', { formats: requirement.allowedFormats.join(', ') })}</li>
            <li>{t('maxSize', { size: fileSize(requirement.maxBytes) })}</li>
            {requirement.minWidth && requirement.minHeight ? (
              <li>
                {t('minPixels', { width: requirement.minWidth, height: requirement.minHeight })}
              </li>
            ) : null}
          </Box>
        </Box>
      )}
      {missing && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {missing}
        </Alert>
      )}
      {documents.length > 0 && (
        <Box component="ul" sx={{ m: 0, mb: 2, p: 0, display: 'grid', gap: 1 }}>
          {documents.map((document) => (
            <UploadedFile
              key={document.id}
              document={document}
              onRemoved={async (name) => {
                await onChanged();
                setNotice({ kind: 'removed', name });
              }}
            />
          ))}
        </Box>
      )}
      {progress && (
        <Box sx={{ mb: 2 }} data-testid={`progress-${entry.type}`}>
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            {t('uploading', { name: progress.name, percent: Math.round(progress.fraction * 100) })}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={Math.round(progress.fraction * 100)}
            aria-label={t('uploadingLabel', { name: progress.name })}
            sx={{ height: 8, borderRadius: 1, mt: 0.5 }}
          />
        </Box>
      )}
      <Box role="status" aria-live="polite">
        {notice && (
          <Alert
            severity={notice.kind === 'refused' ? 'error' : 'success'}
            sx={{ mb: 2, overflowWrap: 'anywhere' }}
            data-testid={`notice-${entry.type}`}
          >
            {notice.kind === 'refused'
              ? t('refused', { name: notice.name, message: notice.message ?? c('networkError') })
              : t(notice.kind === 'uploaded' ? 'uploadedNow' : 'removed', { name: notice.name })}
          </Alert>
        )}
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        <Button
          variant={documents.length ? 'outlined' : 'contained'}
          startIcon={<UploadFileOutlinedIcon aria-hidden />}
          onClick={() => fileInput.current?.click()}
          disabled={Boolean(progress)}
          aria-label={t(`${label}For`, { label: entry.label })}
          aria-describedby={requirement ? `${id}-limits` : undefined}
        >
          {t(label)}
        </Button>
        {camera && (
          <Button
            variant="outlined"
            startIcon={<AddAPhotoOutlinedIcon aria-hidden />}
            onClick={() => cameraInput.current?.click()}
            disabled={Boolean(progress)}
            aria-label={t('takePhotoFor', { label: entry.label })}
          >
            {t('takePhoto')}
          </Button>
        )}
      </Box>
      <input
        ref={fileInput}
        type="file"
        accept={accept}
        hidden
        tabIndex={-1}
        data-testid={`file-${entry.type}`}
        onChange={(e) => picked(e.currentTarget)}
      />
      {camera && (
        <input
          ref={cameraInput}
          type="file"
          accept="image/jpeg,image/png"
          capture="environment"
          hidden
          tabIndex={-1}
          onChange={(e) => picked(e.currentTarget)}
        />
      )}
    </Paper>
  );
}
