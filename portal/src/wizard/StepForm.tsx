import { useRef, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { Box } from '@mui/material';
import { ErrorSummary, type SummaryProblem } from '../components/ErrorSummary';
import { SaveStatus } from './SaveStatus';
import { StepButtons } from './StepButtons';
import { stepPath, type StepKey, type WizardAmendment } from './steps';
import type { SaveState } from './useAutosave';

export interface StepNav {
  prev?: StepKey;
  next?: StepKey;
}

/**
 * A data step's frame: the error summary (every problem at once, each linking to its field),
 * the save status, the fields, and continue/back. "Continue" saves first and moves on only when
 * the server accepted the values; otherwise the summary takes the focus.
 */
export function StepForm({
  amendment,
  nav,
  autosave,
  problems,
  children,
  validate,
}: {
  amendment: WizardAmendment;
  nav: StepNav;
  autosave: { state: SaveState; unplaced: string[]; save: (mode: 'continue') => Promise<boolean> };
  problems: SummaryProblem[];
  children: ReactNode;
  /** A check of our own before saving (e.g. at least one item); false stops "continue". */
  validate?: () => boolean;
}) {
  const navigate = useNavigate();
  const summary = useRef<HTMLDivElement>(null);
  const all = [
    ...problems,
    ...autosave.unplaced.map((message) => ({ id: 'step-fields', message })),
  ];

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const ok = (validate?.() ?? true) && (await autosave.save('continue'));
    if (ok && nav.next) await navigate(stepPath(amendment.id, nav.next));
    else if (!ok) requestAnimationFrame(() => summary.current?.focus());
  };

  return (
    <Box component="form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary ref={summary} problems={all} />
      <SaveStatus
        state={autosave.state}
        lastEditedAt={amendment.lastEditedAt}
        draftExpiresAt={amendment.draftExpiresAt}
      />
      <Box id="step-fields" sx={{ display: 'grid', gap: 3 }}>
        {children}
      </Box>
      <StepButtons amendmentId={amendment.id} prev={nav.prev} />
    </Box>
  );
}
