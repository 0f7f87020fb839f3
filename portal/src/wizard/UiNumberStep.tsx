import { useNavigate } from 'react-router';
import { Alert, Box, Paper, Typography } from '@mui/material';
import { common } from '../i18n/common';
import { useMessages } from '../i18n/locale';
import { fieldMessages } from './fields.messages';
import { StepButtons } from './StepButtons';
import type { StepNav } from './StepForm';
import { stepPath, type WizardAmendment } from './steps';

/** New-format UI numbers: 8 or 9 in second place (UiNumberFormat in schema.graphql). */
const NEW_FORMAT = /^[A-Z][89]\d{8}$/;

/**
 * The UI number: nothing to type (the NIA assigns the new number), but what the chosen change
 * means, and for a personal reason the signed statement to upload on the documents step.
 */
export function UiNumberStep({ amendment, nav }: { amendment: WizardAmendment; nav: StepNav }) {
  const t = useMessages(fieldMessages);
  const c = useMessages(common);
  const navigate = useNavigate();
  const uiNumber = amendment.applicant.uiNumber;
  const sections = [
    amendment.items.includes('UI_NUMBER_NEW_FORMAT') && {
      id: 'ui-new-format',
      title: t('uiNewFormatTitle'),
      body: t('uiNewFormatBody'),
      note: NEW_FORMAT.test(uiNumber) ? t('uiNewFormatAlready') : undefined,
    },
    amendment.items.includes('UI_NUMBER_PERSONAL_REASON') && {
      id: 'ui-personal',
      title: t('uiPersonalTitle'),
      body: t('uiPersonalBody'),
      note: undefined,
    },
  ].filter((s) => s !== false);

  return (
    <Box>
      <Typography sx={{ mb: 1 }}>{t('uiIntro')}</Typography>
      <Typography sx={{ mb: 3, fontWeight: 600, overflowWrap: 'anywhere' }}>
        {t('uiCurrent', { uiNumber })}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2 }}>
        {sections.map((section) => (
          <Paper
            key={section.id}
            variant="outlined"
            component="section"
            aria-labelledby={section.id}
            sx={{ p: 2 }}
          >
            <Typography id={section.id} component="h2" variant="h6" sx={{ mb: 1 }}>
              {section.title}
            </Typography>
            <Typography>{section.body}</Typography>
            {section.note && (
              <Alert severity="info" sx={{ mt: 2 }}>
                {section.note}
              </Alert>
            )}
          </Paper>
        ))}
      </Box>
      <Typography variant="body2" sx={{ mt: 2, color: 'text.secondary' }}>
        {t('uiNothingToFill')}
      </Typography>
      <StepButtons
        amendmentId={amendment.id}
        prev={nav.prev}
        continueLabel={c('next')}
        onContinue={() => nav.next && void navigate(stepPath(amendment.id, nav.next))}
      />
    </Box>
  );
}
