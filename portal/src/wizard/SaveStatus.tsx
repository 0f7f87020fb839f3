import { Box, Typography } from '@mui/material';
import CloudDoneOutlinedIcon from '@mui/icons-material/CloudDoneOutlined';
import CloudOffOutlinedIcon from '@mui/icons-material/CloudOffOutlined';
import { common } from '../i18n/common';
import { formatDate } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import type { SaveState } from './useAutosave';
import { wizardMessages } from './wizard.messages';

/** 23:04 in Taiwan time, as the rest of the portal shows times (i18n/dates.ts). */
export function formatTime(value: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Taipei',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(value));
}

/**
 * "Draft saved automatically at 23:04", announced politely (not on every keystroke: only when a
 * save ends), and how long the server keeps the draft.
 */
export function SaveStatus({
  state,
  lastEditedAt,
  draftExpiresAt,
}: {
  state: SaveState;
  lastEditedAt: string;
  draftExpiresAt?: string | null;
}) {
  const w = useMessages(wizardMessages);
  const c = useMessages(common);
  const { locale } = useLocale();
  let text: string;
  switch (state.kind) {
    case 'saving':
      text = w('saving');
      break;
    case 'invalid':
      text = w('notSavedProblems');
      break;
    case 'failed':
      text =
        state.error.code === 'NETWORK_ERROR'
          ? w('notSavedNetwork')
          : w('notSavedOther', { message: state.error.message || c('networkError') });
      break;
    case 'saved':
      text = w('savedAt', { time: formatTime(state.at) });
      break;
    default:
      text = w('savedAt', { time: formatTime(lastEditedAt) });
  }
  const problem = state.kind === 'invalid' || state.kind === 'failed';
  const Icon = problem ? CloudOffOutlinedIcon : CloudDoneOutlinedIcon;
  return (
    <Box sx={{ mb: 2 }}>
      <Box
        role="status"
        aria-live="polite"
        data-testid="save-status"
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 1,
          color: problem ? 'error.main' : 'success.main',
        }}
      >
        <Icon fontSize="small" aria-hidden />
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {text}
        </Typography>
      </Box>
      {draftExpiresAt && (
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
          {w('draftKept', { date: formatDate(draftExpiresAt, locale) })}
        </Typography>
      )}
    </Box>
  );
}
