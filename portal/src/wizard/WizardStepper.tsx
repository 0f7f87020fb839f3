import { Link as RouterLink } from 'react-router';
import { Box, Link, Typography } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import { visuallyHidden } from '../components/visuallyHidden';
import { useMessages } from '../i18n/locale';
import { stepDone, stepPath, type StepKey, type WizardAmendment } from './steps';
import { wizardMessages } from './wizard.messages';

export const STEP_LABELS = {
  items: 'stepItems',
  basic: 'stepBasic',
  passport: 'stepPassport',
  residence: 'stepResidence',
  'ui-number': 'stepUiNumber',
  documents: 'stepDocuments',
  review: 'stepReview',
} as const satisfies Record<StepKey, string>;

/**
 * The steps as a numbered list of links (any step can be opened: the draft is saved when
 * leaving one). One column on a phone; beside the form from 900 px on.
 */
export function WizardStepper({
  amendment,
  steps,
  current,
}: {
  amendment: WizardAmendment;
  steps: StepKey[];
  current: StepKey;
}) {
  const w = useMessages(wizardMessages);
  return (
    <Box
      component="nav"
      aria-label={w('stepperLabel')}
      sx={{ position: { md: 'sticky' }, top: { md: 88 } }}
    >
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 0.5 }}>
        {steps.map((key, index) => {
          const here = key === current;
          const done = !here && stepDone(key, amendment);
          return (
            <li key={key}>
              <Link
                component={RouterLink}
                to={stepPath(amendment.id, key)}
                aria-current={here ? 'step' : undefined}
                underline={here ? 'none' : 'hover'}
                sx={{
                  display: 'flex',
                  alignItems: 'center',
                  gap: 1.5,
                  px: 1.5,
                  py: 1,
                  borderRadius: 1,
                  color: 'text.primary',
                  bgcolor: here ? '#e3ecf8' : 'transparent',
                  borderLeft: '4px solid',
                  borderColor: here ? 'primary.main' : 'transparent',
                  fontWeight: here ? 700 : 400,
                  '&:focus-visible': { outline: '3px solid #c25100', outlineOffset: 2 },
                }}
              >
                <Box
                  aria-hidden
                  sx={{
                    flex: '0 0 28px',
                    height: 28,
                    borderRadius: '50%',
                    display: 'grid',
                    placeItems: 'center',
                    fontSize: '0.875rem',
                    fontWeight: 700,
                    color: here || done ? '#fff' : 'text.primary',
                    bgcolor: here ? 'primary.main' : done ? 'success.main' : '#e8ebef',
                  }}
                >
                  {done ? <CheckIcon fontSize="small" /> : index + 1}
                </Box>
                <Typography
                  component="span"
                  sx={{ fontWeight: 'inherit', overflowWrap: 'anywhere' }}
                >
                  {w(STEP_LABELS[key])}
                  <Box component="span" sx={visuallyHidden}>
                    {here ? w('stepCurrent') : done ? w('stepDone') : ''}
                  </Box>
                </Typography>
              </Link>
            </li>
          );
        })}
      </Box>
    </Box>
  );
}
