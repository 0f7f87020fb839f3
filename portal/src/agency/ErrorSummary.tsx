import { useEffect, useRef } from 'react';
import { Alert, AlertTitle, Box, Link } from '@mui/material';
import { useMessages } from '../i18n/locale';
import { agencyMessages } from './agency.messages';

export interface Problem {
  /** The id of the field (or the first control of a group) to jump to. */
  fieldId: string;
  message: string;
}

/**
 * The problems of a form at its top, each a link to its field; it takes the focus after each
 * failed submit (`attempt` changes), so that nobody has to hunt for what went wrong.
 */
export function ErrorSummary({ problems, attempt }: { problems: Problem[]; attempt: number }) {
  const t = useMessages(agencyMessages);
  const box = useRef<HTMLDivElement>(null);
  const shown = problems.length > 0;
  const shownRef = useRef(shown);
  shownRef.current = shown;
  useEffect(() => {
    // Only after a new attempt: fixing a field must not pull the focus away from it.
    if (shownRef.current) box.current?.focus();
  }, [attempt]);
  if (!shown) return null;
  return (
    <Alert severity="error" ref={box} tabIndex={-1} sx={{ mb: 2 }}>
      <AlertTitle component="p" sx={{ fontWeight: 600 }}>
        {t('errorSummaryTitle')}
      </AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {problems.map((p) => (
          <li key={`${p.fieldId}-${p.message}`}>
            <Link
              href={`#${p.fieldId}`}
              color="inherit"
              onClick={(event) => {
                event.preventDefault();
                const field = document.getElementById(p.fieldId);
                field?.focus();
                field?.scrollIntoView({ block: 'center' });
              }}
            >
              {p.message}
            </Link>
          </li>
        ))}
      </Box>
    </Alert>
  );
}
