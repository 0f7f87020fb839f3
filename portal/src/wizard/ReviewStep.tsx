import { useRef, useState } from 'react';
import { useQuery } from '@apollo/client';
import { Link as RouterLink, useNavigate } from 'react-router';
import { Alert, AlertTitle, Box, Link, Typography } from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import { apolloClient } from '../graphql/client';
import { toApiError, type ApiError } from '../graphql/errors';
import type { AmendmentItem } from '../generated/graphql';
import { useMessages } from '../i18n/locale';
import { FeeSummary } from './FeeSummary';
import { ReviewChanges, type SummaryRow } from './ReviewChanges';
import { reviewMessages } from './review.messages';
import { SaveStatus } from './SaveStatus';
import { StepButtons } from './StepButtons';
import type { StepNav } from './StepForm';
import { stepOfField, stepPath, type StepKey, type WizardAmendment } from './steps';
import { clearSubmitKey, submitKeyFor } from './submitKey';
import { WizardRequirementsQuery, WizardSubmitMutation } from './wizard.graphql';

interface Problem {
  message: string;
  step: StepKey;
}

/** Check and submit (seed step 12): changes, documents, fee; then `submitAmendment`. */
export function ReviewStep({ amendment, nav }: { amendment: WizardAmendment; nav: StepNav }) {
  const r = useMessages(reviewMessages);
  const navigate = useNavigate();
  const requirements = useQuery(WizardRequirementsQuery);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<ApiError | undefined>();
  const problemBox = useRef<HTMLDivElement>(null);
  const byItem = new Map(requirements.data?.amendmentRequirements.map((req) => [req.item, req]));
  const itemLabel = (item: string) => byItem.get(item as AmendmentItem)?.label ?? '';

  const uiRows: SummaryRow[] = amendment.items
    .filter((item) => item === 'UI_NUMBER_NEW_FORMAT' || item === 'UI_NUMBER_PERSONAL_REASON')
    .map((item) => ({
      key: item,
      label: itemLabel(item),
      before: amendment.applicant.uiNumber,
      after: r('uiAssigned'),
      step: 'ui-number',
    }));

  const explain = (error: ApiError): Problem[] =>
    error.fields.map((field) => {
      const [kind, what = ''] = field.field.split('.');
      if (error.code === 'DOCUMENTS_MISSING' || kind === 'documents') {
        const label = amendment.checklist.find((c) => c.type === what)?.label ?? '';
        return { message: r('uploadMissing', { label }), step: 'documents' };
      }
      const message =
        kind === 'items' && what
          ? r('itemProblem', { item: itemLabel(what), message: field.message })
          : field.message;
      return { message, step: stepOfField(field.field) };
    });

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setProblems([]);
    setFailure(undefined);
    // One key per case, kept across retries and reloads of this tab: a lost answer or a
    // second click files the case once (docs/integration.md, idempotency).
    const idempotencyKey = submitKeyFor(amendment.id);
    try {
      await apolloClient.mutate({
        mutation: WizardSubmitMutation,
        variables: { id: amendment.id, idempotencyKey },
      });
      clearSubmitKey(amendment.id);
      await navigate(`/amendments/${amendment.id}?submitted=1`);
    } catch (e) {
      const error = toApiError(e);
      const listed = explain(error);
      if (listed.length) setProblems(listed);
      else setFailure(error);
      setBusy(false);
      requestAnimationFrame(() => problemBox.current?.focus());
    }
  };

  return (
    <Box>
      <div ref={problemBox} tabIndex={-1} style={{ outline: 'none' }}>
        {problems.length > 0 && (
          <Alert severity="error" sx={{ mb: 3 }} data-testid="submit-problems">
            <AlertTitle component="h2" sx={{ fontSize: '1.1rem' }}>
              {r('problemsTitle')}
            </AlertTitle>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {problems.map((problem, index) => (
                <li key={index}>
                  <Link
                    component={RouterLink}
                    to={stepPath(amendment.id, problem.step)}
                    color="inherit"
                  >
                    {problem.message}
                  </Link>
                </li>
              ))}
            </Box>
          </Alert>
        )}
        {failure && <ErrorAlert error={failure} />}
      </div>
      <SaveStatus
        state={{ kind: 'idle' }}
        lastEditedAt={amendment.lastEditedAt}
        draftExpiresAt={amendment.draftExpiresAt}
      />
      <Typography sx={{ mb: 3 }}>{r('intro')}</Typography>
      <Section id="review-changes-title" title={r('changesTitle')}>
        {/* The items' names for the UI-number rows and the items' problems. */}
        <ErrorAlert error={requirements.error} onRetry={() => void requirements.refetch()} />
        <ReviewChanges amendment={amendment} uiRows={uiRows} />
      </Section>
      <Section id="review-documents-title" title={r('documentsTitle')}>
        {amendment.checklist.length === 0 ? (
          <Typography>{r('documentsNone')}</Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, pl: 2.5 }} data-testid="review-documents">
            {amendment.checklist.map((entry) => {
              const files = amendment.documents.filter((d) => d.type === entry.type);
              return (
                <li key={entry.type}>
                  <Typography component="span" sx={{ fontWeight: 600 }}>
                    {entry.label}
                  </Typography>
                  {': '}
                  <Typography
                    component="span"
                    sx={{
                      overflowWrap: 'anywhere',
                      color: files.length ? 'text.primary' : 'error.main',
                    }}
                  >
                    {files.length
                      ? files.map((f) => f.originalName).join(', ')
                      : r('documentMissing')}
                  </Typography>
                </li>
              );
            })}
          </Box>
        )}
        <Link
          component={RouterLink}
          to={stepPath(amendment.id, 'documents')}
          sx={{ display: 'inline-block', mt: 1 }}
          aria-label={r('changeLabel', { what: r('documentsTitle') })}
        >
          {r('change')}
        </Link>
      </Section>
      <Section id="review-fee-title" title={r('feeTitle')}>
        <FeeSummary fee={amendment.fee} />
      </Section>
      <Typography sx={{ mt: 3 }}>{r('declaration')}</Typography>
      <Typography variant="body2" sx={{ mt: 1, color: 'text.secondary' }}>
        {r('retryNote')}
      </Typography>
      <StepButtons
        amendmentId={amendment.id}
        prev={nav.prev}
        continueLabel={busy ? r('submitting') : r('submit')}
        onContinue={() => void submit()}
        busy={busy}
      />
    </Box>
  );
}

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 4 }}>
      <Typography id={id} component="h2" variant="h6" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}
