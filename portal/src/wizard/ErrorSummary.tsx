import type { Ref } from 'react';
import { Alert, AlertTitle, Box, Link } from '@mui/material';
import { useMessages } from '../i18n/locale';
import { wizardMessages } from './wizard.messages';

export interface SummaryProblem {
  /** The id of the field (or section) the link moves to. */
  id: string;
  message: string;
}

/** Moves to a field by id: focus it (or the first control inside it) and bring it into view. */
export function focusField(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  const focusable = target.matches('input, select, textarea, button, a, [tabindex]')
    ? target
    : target.querySelector<HTMLElement>('input, select, textarea, button, a, [tabindex]');
  (focusable ?? target).focus();
  target.scrollIntoView({ block: 'center' });
}

/**
 * The list of problems at the top of a form (GOV.UK's error summary): every problem once, each a
 * link to its field. Focused after a refused "continue" so that screen readers read it first.
 */
export function ErrorSummary({
  problems,
  ref,
}: {
  problems: SummaryProblem[];
  ref?: Ref<HTMLDivElement>;
}) {
  const t = useMessages(wizardMessages);
  if (problems.length === 0) return null;
  return (
    <Alert
      severity="error"
      ref={ref}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      data-testid="error-summary"
      sx={{ mb: 3, '&:focus': { outline: '3px solid #c25100', outlineOffset: 2 } }}
    >
      <AlertTitle id="error-summary-title" component="h2" sx={{ fontSize: '1.1rem' }}>
        {t('errorSummaryTitle')}
      </AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {problems.map((problem, index) => (
          <li key={`${problem.id}-${index}`}>
            <Link
              href={`#${problem.id}`}
              color="inherit"
              onClick={(event) => {
                event.preventDefault();
                focusField(problem.id);
              }}
              sx={{ overflowWrap: 'anywhere' }}
            >
              {problem.message}
            </Link>
          </li>
        ))}
      </Box>
    </Alert>
  );
}
