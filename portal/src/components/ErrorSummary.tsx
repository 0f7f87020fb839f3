import { useEffect, useId, useImperativeHandle, useRef, type ReactNode, type Ref } from 'react';
import { Alert, AlertTitle, Box, Link } from '@mui/material';
import { useMessages } from '../i18n/locale';
import { errorSummaryMessages } from './errorSummary.messages';

export interface SummaryProblem {
  /** The id of the field (or of a box around its controls) the link moves to. */
  id: string;
  message: string;
}

const FOCUSABLE = 'input, select, textarea, button, a, [tabindex]';

/** Moves to a field by id: focus it (or the first control inside it) and bring it into view. */
function focusField(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  const focusable = target.matches(FOCUSABLE)
    ? target
    : target.querySelector<HTMLElement>(FOCUSABLE);
  (focusable ?? target).focus();
  target.scrollIntoView({ block: 'center' });
}

/**
 * What went wrong, at the top of a form (GOV.UK's error summary): the page's own explanation if
 * any (`children`), then every field problem once, each a link that moves to its field. It takes
 * the focus after each failed submission, so that screen readers read it and keyboard users start
 * from it: when `focusKey` changes (e.g. react-hook-form's submitCount), or when the page focuses
 * it through `ref`. Only then: fixing a field must not pull the focus away from it.
 */
export function ErrorSummary({
  problems,
  title,
  headingLevel = 'h2',
  focusKey,
  ref,
  children,
}: {
  problems: SummaryProblem[];
  /** Instead of "There is a problem". */
  title?: string;
  /** h3 where the form sits under a section's h2. */
  headingLevel?: 'h2' | 'h3';
  focusKey?: number;
  ref?: Ref<HTMLDivElement>;
  children?: ReactNode;
}) {
  const t = useMessages(errorSummaryMessages);
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => box.current as HTMLDivElement);
  useEffect(() => {
    if (focusKey) box.current?.focus();
  }, [focusKey]);
  if (problems.length === 0 && !children) return null;
  return (
    <Alert
      severity="error"
      ref={box}
      tabIndex={-1}
      aria-labelledby={titleId}
      data-testid="error-summary"
      sx={{
        mb: 3,
        overflowWrap: 'anywhere',
        '&:focus': { outline: '3px solid #c25100', outlineOffset: 2 },
      }}
    >
      <AlertTitle id={titleId} component={headingLevel} sx={{ fontSize: '1.1rem' }}>
        {title ?? t('title')}
      </AlertTitle>
      {children && <Box sx={{ mb: problems.length ? 1 : 0 }}>{children}</Box>}
      {problems.length > 0 && (
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
              >
                {problem.message}
              </Link>
            </li>
          ))}
        </Box>
      )}
    </Alert>
  );
}
