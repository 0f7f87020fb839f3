import { useRef, useState } from 'react';
import { useQuery } from '@apollo/client';
import { useNavigate } from 'react-router';
import { Box, Typography } from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import { ErrorSummary } from '../components/ErrorSummary';
import { apolloClient } from '../graphql/client';
import { useMessages } from '../i18n/locale';
import { DocumentSlot } from './DocumentSlot';
import { documentMessages } from './documents.messages';
import { SaveStatus } from './SaveStatus';
import { StepButtons } from './StepButtons';
import type { StepNav } from './StepForm';
import { stepPath, type WizardAmendment } from './steps';
import { WizardAmendmentQuery, WizardRequirementsQuery } from './wizard.graphql';

/**
 * The documents the selected items need (`Amendment.checklist`), each with its limits from
 * `amendmentRequirements` shown before a file is chosen. Each upload is saved at once.
 */
export function DocumentsStep({ amendment, nav }: { amendment: WizardAmendment; nav: StepNav }) {
  const t = useMessages(documentMessages);
  const navigate = useNavigate();
  const requirements = useQuery(WizardRequirementsQuery);
  const [checked, setChecked] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const limits = new Map(
    requirements.data?.amendmentRequirements.flatMap((r) => r.documents.map((d) => [d.type, d])),
  );
  const missing = amendment.checklist.filter((entry) => entry.uploaded === 0);
  const refresh = () => apolloClient.refetchQueries({ include: [WizardAmendmentQuery] });

  const next = () => {
    if (missing.length > 0) {
      setChecked(true);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    if (nav.next) void navigate(stepPath(amendment.id, nav.next));
  };

  return (
    <Box>
      <ErrorSummary
        ref={summary}
        problems={
          checked
            ? missing.map((entry) => ({
                id: `document-${entry.type}`,
                message: t('missing', { label: entry.label }),
              }))
            : []
        }
      />
      <SaveStatus
        state={{ kind: 'idle' }}
        lastEditedAt={amendment.lastEditedAt}
        draftExpiresAt={amendment.draftExpiresAt}
      />
      <Typography sx={{ mb: 2 }}>{amendment.checklist.length ? t('intro') : t('none')}</Typography>
      <ErrorAlert error={requirements.error} onRetry={() => void requirements.refetch()} />
      <Box component="ul" sx={{ m: 0, p: 0, display: 'grid', gap: 2 }}>
        {amendment.checklist.map((entry) => (
          <DocumentSlot
            key={entry.type}
            amendment={amendment}
            entry={entry}
            requirement={limits.get(entry.type)}
            missing={
              checked && entry.uploaded === 0 ? t('missing', { label: entry.label }) : undefined
            }
            onChanged={refresh}
          />
        ))}
      </Box>
      <StepButtons amendmentId={amendment.id} prev={nav.prev} onContinue={next} />
    </Box>
  );
}
