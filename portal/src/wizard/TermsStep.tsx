import { useRef, useState } from 'react';
import { useMutation } from '@apollo/client';
import {
  Box,
  Button,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormHelperText,
  Paper,
  Typography,
} from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import { ErrorSummary } from '../components/ErrorSummary';
import { Page } from '../components/Page';
import { formatDate } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import type { WizardTermsQuery } from '../generated/graphql';
import { WizardAcceptTermsMutation } from './start.graphql';
import { startMessages } from './start.messages';

type Terms = WizardTermsQuery['amendmentTerms'];

/**
 * Seed step 8: the 13 clauses in full (readable on a phone: plain text that wraps, no scrolling
 * box), one checkbox and a button. The acceptance is recorded by the API for this version.
 */
export function TermsStep({ terms, onAccepted }: { terms: Terms; onAccepted: () => void }) {
  const t = useMessages(startMessages);
  const { locale } = useLocale();
  const [agreed, setAgreed] = useState(false);
  const [showError, setShowError] = useState(false);
  const [accept, { loading, error }] = useMutation(WizardAcceptTermsMutation);
  const summary = useRef<HTMLDivElement>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!agreed) {
      setShowError(true);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    try {
      await accept({ variables: { version: terms.version } });
      onAccepted();
    } catch {
      // Shown by ErrorAlert from the mutation's state.
    }
  };

  return (
    <Page
      title={terms.title || t('termsPageTitle')}
      intro={t('termsIntro', { count: terms.clauses.length })}
    >
      {showError && !agreed && (
        <ErrorSummary
          ref={summary}
          problems={[{ id: 'terms-agree', message: t('termsAgreeRequired') }]}
        />
      )}
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}>
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
          {t('termsVersion', {
            version: terms.version,
            date: formatDate(terms.effectiveFrom, locale),
          })}
        </Typography>
        <Box component="ol" sx={{ pl: 3, m: 0, '& li': { mb: 1.5, lineHeight: 1.7 } }}>
          {terms.clauses.map((clause) => (
            <li key={clause.number} value={clause.number}>
              <Typography sx={{ overflowWrap: 'anywhere' }}>{clause.text}</Typography>
            </li>
          ))}
        </Box>
      </Paper>
      <ErrorAlert error={error} />
      <Box component="form" noValidate onSubmit={(e) => void submit(e)}>
        <FormControl error={showError && !agreed} sx={{ mb: 2, display: 'block' }}>
          {showError && !agreed && (
            <FormHelperText id="terms-agree-error" sx={{ ml: 0, fontSize: '1rem' }}>
              {t('termsAgreeRequired')}
            </FormHelperText>
          )}
          <FormControlLabel
            control={
              <Checkbox
                id="terms-agree"
                checked={agreed}
                onChange={(e) => setAgreed(e.target.checked)}
                slotProps={{
                  input: {
                    'aria-describedby': showError && !agreed ? 'terms-agree-error' : undefined,
                    'aria-invalid': showError && !agreed ? true : undefined,
                  },
                }}
              />
            }
            label={t('termsAgree')}
          />
        </FormControl>
        <Button type="submit" variant="contained" size="large" disabled={loading}>
          {t('termsContinue')}
        </Button>
      </Box>
    </Page>
  );
}
