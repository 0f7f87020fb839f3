import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { useForm } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { FormTextField } from '../components/FormTextField';
import { Page } from '../components/Page';
import { applyServerErrors } from '../components/serverErrors';
import { toApiError, type ApiError } from '../graphql/errors';
import type { AmendmentItem } from '../generated/graphql';
import { useMessages } from '../i18n/locale';
import { useSession } from '../session/SessionProvider';
import { AlsoChangeOptions, itemsOf, type AlsoChange } from './AlsoChangeOptions';
import { ErrorSummary } from '../components/ErrorSummary';
import { summaryOf } from '../components/fieldProblems';
import { StartProblem } from './StartProblem';
import { UiNumberHint } from './UiNumberHint';
import { WizardOwnHolderQuery, WizardStartMutation } from './start.graphql';
import { startMessages } from './start.messages';
import { wizardMessages } from './wizard.messages';

interface HolderForm {
  uiNumber: string;
  birthDate: string;
  passportNumber: string;
  also: AlsoChange[];
}

const FIELDS = [
  { name: 'uiNumber', id: 'uiNumber' },
  { name: 'birthDate', id: 'birthDate' },
  { name: 'passportNumber', id: 'passportNumber' },
] as const;

/**
 * Seed step 9: which holder (UI number, current or earlier, and birth date) and what else
 * changes. An applicant account not yet linked to a holder also gives the passport number once.
 */
export function IdentifyHolderForm({ onTermsNeeded }: { onTermsNeeded: () => void }) {
  const t = useMessages(startMessages);
  const w = useMessages(wizardMessages);
  const navigate = useNavigate();
  const { session } = useSession();
  const account = session!.account;
  const askPassport = account.role === 'APPLICANT' && !account.applicantId;
  const [problem, setProblem] = useState<ApiError | undefined>();
  const [showSummary, setShowSummary] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const problemBox = useRef<HTMLDivElement>(null);
  // The mandates page links an employer or agency here with the holder's number.
  const [searchParams] = useSearchParams();
  const form = useForm<HolderForm>({
    defaultValues: {
      uiNumber: uiNumberFrom(searchParams),
      birthDate: '',
      passportNumber: '',
      also: [],
    },
  });
  const { control, handleSubmit, setError, setValue, getValues, watch, formState } = form;
  const [start, { loading }] = useMutation(WizardStartMutation);

  // A linked applicant account files for its own holder: fill in what we already know.
  const own = useQuery(WizardOwnHolderQuery, {
    skip: account.role !== 'APPLICANT' || !account.applicantId,
    variables: { id: account.applicantId ?? '' },
  });
  const holder = own.data?.applicant;
  useEffect(() => {
    if (!holder || getValues('uiNumber') || getValues('birthDate')) return;
    setValue('uiNumber', holder.uiNumber);
    setValue('birthDate', holder.birthDate);
  }, [holder, getValues, setValue]);

  const refused = () => {
    setShowSummary(true);
    requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (values: HolderForm) => {
    setProblem(undefined);
    let missing = false;
    for (const { name } of FIELDS) {
      if (name === 'passportNumber' && !askPassport) continue;
      if (!values[name].trim()) {
        setError(name, { type: 'required', message: w('required') });
        missing = true;
      }
    }
    if (missing) return refused();
    const alsoChange: AmendmentItem[] = itemsOf(values.also);
    try {
      const { data } = await start({
        variables: {
          input: {
            uiNumber: values.uiNumber.trim().toUpperCase(),
            birthDate: values.birthDate,
            alsoChange,
            ...(askPassport ? { passportNumber: values.passportNumber.trim().toUpperCase() } : {}),
          },
        },
      });
      if (data) await navigate(`/amendments/${data.startAmendment.id}/edit`);
    } catch (e) {
      const error = toApiError(e);
      if (error.code === 'TERMS_NOT_ACCEPTED') return onTermsNeeded();
      if (error.code === 'BAD_USER_INPUT') {
        applyServerErrors(error, setError, ['uiNumber', 'birthDate', 'passportNumber']);
        return refused();
      }
      setProblem(error);
      requestAnimationFrame(() => problemBox.current?.focus());
    }
  };

  const problems = showSummary ? summaryOf(formState.errors, FIELDS) : [];
  const agent = account.role === 'EMPLOYER' || account.role === 'AGENCY';
  return (
    <Page title={t('identifyTitle')} intro={agent ? t('identifyIntroAgent') : t('identifyIntro')}>
      <ErrorSummary ref={summary} problems={problems} />
      {problem && (
        <div ref={problemBox} tabIndex={-1} style={{ outline: 'none' }}>
          <StartProblem
            error={problem}
            boundUiNumber={holder?.uiNumber}
            askedPassport={askPassport}
          />
        </div>
      )}
      <Box
        component="form"
        noValidate
        onSubmit={(e) => void handleSubmit(submit)(e)}
        sx={{ display: 'grid', gap: 3, maxWidth: 560 }}
      >
        <div>
          <FormTextField
            control={control}
            name="uiNumber"
            id="uiNumber"
            label={t('uiNumber')}
            required
            autoComplete="off"
            slotProps={{
              htmlInput: { maxLength: 10, autoCapitalize: 'characters', spellCheck: false },
            }}
            helperText={t('uiNumberHint')}
          />
          {!formState.errors.uiNumber && <UiNumberHint value={watch('uiNumber')} />}
        </div>
        <FormTextField
          control={control}
          name="birthDate"
          id="birthDate"
          type="date"
          label={t('birthDate')}
          required
          helperText={t('birthDateHint')}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: '1900-01-01' } }}
        />
        {askPassport && (
          <Alert severity="info" sx={{ '& .MuiAlert-message': { width: '100%' } }}>
            <AlertTitle component="h2" sx={{ fontSize: '1.05rem' }}>
              {t('passportWhyTitle')}
            </AlertTitle>
            <Typography sx={{ mb: 2 }}>{t('passportWhy')}</Typography>
            <FormTextField
              control={control}
              name="passportNumber"
              id="passportNumber"
              label={t('passportNumber')}
              required
              autoComplete="off"
              helperText={t('passportHint')}
              sx={{ '& .MuiOutlinedInput-root': { bgcolor: 'background.paper' } }}
              slotProps={{ htmlInput: { maxLength: 20, spellCheck: false } }}
            />
          </Alert>
        )}
        <AlsoChangeOptions value={watch('also')} onChange={(next) => setValue('also', next)} />
        <div>
          <Button type="submit" variant="contained" size="large" disabled={loading}>
            {t('start')}
          </Button>
        </div>
      </Box>
    </Page>
  );
}

/** `?uiNumber=` as the field would hold it (the API checks it like a typed one). */
function uiNumberFrom(params: URLSearchParams): string {
  return (params.get('uiNumber') ?? '').trim().toUpperCase().slice(0, 10);
}
