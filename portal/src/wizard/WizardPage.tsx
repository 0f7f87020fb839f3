import { useQuery } from '@apollo/client';
import { Link as RouterLink, Navigate, useParams } from 'react-router';
import { Box, Button, Typography } from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { useMessages } from '../i18n/locale';
import { StepContent } from './StepContent';
import { isStepKey, stepPath, stepsFor } from './steps';
import { WizardAmendmentQuery } from './wizard.graphql';
import { wizardMessages } from './wizard.messages';
import { STEP_LABELS, WizardStepper } from './WizardStepper';

/**
 * `/amendments/:id/edit/:step`: the draft, one step at a time (seed steps 10–11). The step is in
 * the address, so that logging in again after the session ended returns to it; the values come
 * from the server-side draft.
 */
export default function WizardPage() {
  const w = useMessages(wizardMessages);
  const { id = '', step } = useParams();
  const { data, loading, error, refetch } = useQuery(WizardAmendmentQuery, {
    variables: { id },
  });
  const amendment = data?.amendment;

  if (!amendment) {
    if (loading) return <Loading />;
    return (
      <Page title={w('loadFailedTitle')}>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (amendment.status !== 'DRAFT') {
    return (
      <Page title={w('notDraftTitle')}>
        <Typography sx={{ mb: 2 }}>
          {w('notDraftBody', { status: amendment.statusLabel })}
        </Typography>
        <Button component={RouterLink} to={`/amendments/${amendment.id}`} variant="contained">
          {w('openCase')}
        </Button>
      </Page>
    );
  }
  const steps = stepsFor(amendment);
  // No step, or one the selection no longer has: the first step.
  if (!isStepKey(step) || !steps.includes(step)) {
    return <Navigate to={stepPath(amendment.id, steps[0] ?? 'items')} replace />;
  }
  const index = steps.indexOf(step);
  const nav = { prev: steps[index - 1], next: steps[index + 1] };

  return (
    <Page
      key={step}
      title={w(STEP_LABELS[step])}
      maxWidth={1120}
      intro={
        <>
          <Box component="span" sx={{ display: 'block' }}>
            {w('stepOf', { n: index + 1, total: steps.length })}
          </Box>
          <Box component="span" sx={{ display: 'block', overflowWrap: 'anywhere' }}>
            {w('caption', { uiNumber: amendment.applicant.uiNumber })}
          </Box>
        </>
      }
    >
      <Box
        data-wizard-step={step}
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: '260px minmax(0, 1fr)' },
          gap: { xs: 3, md: 5 },
          alignItems: 'start',
        }}
      >
        <WizardStepper amendment={amendment} steps={steps} current={step} />
        <Box sx={{ minWidth: 0, maxWidth: 720 }}>
          <StepContent amendment={amendment} step={step} nav={nav} />
        </Box>
      </Box>
    </Page>
  );
}
