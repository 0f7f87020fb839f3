import { Link as RouterLink } from 'react-router';
import { Box, Button, Link } from '@mui/material';
import { useMessages } from '../i18n/locale';
import { stepPath, type StepKey } from './steps';
import { wizardMessages } from './wizard.messages';

/**
 * The end of every step: continue (the form's submit, or `onContinue`), back to the previous
 * step, and "come back later" (the draft is on the server already).
 */
export function StepButtons({
  amendmentId,
  prev,
  continueLabel,
  onContinue,
  busy = false,
}: {
  amendmentId: string;
  prev?: StepKey;
  continueLabel?: string;
  onContinue?: () => void;
  busy?: boolean;
}) {
  const w = useMessages(wizardMessages);
  return (
    <Box sx={{ mt: 4 }}>
      <Box
        sx={{
          display: 'flex',
          flexDirection: { xs: 'column', sm: 'row-reverse' },
          justifyContent: 'flex-end',
          gap: 2,
        }}
      >
        <Button
          type={onContinue ? 'button' : 'submit'}
          onClick={onContinue}
          variant="contained"
          size="large"
          disabled={busy}
          data-testid="step-continue"
        >
          {continueLabel ?? w('saveContinue')}
        </Button>
        {prev && (
          <Button
            component={RouterLink}
            to={stepPath(amendmentId, prev)}
            variant="outlined"
            size="large"
          >
            {w('back')}
          </Button>
        )}
      </Box>
      <Link component={RouterLink} to="/amendments" sx={{ display: 'inline-block', mt: 2 }}>
        {w('later')}
      </Link>
    </Box>
  );
}
