import { useRef, useState } from 'react';
import { useMutation } from '@apollo/client';
import { useForm } from 'react-hook-form';
import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormTextField } from '../components/FormTextField';
import { apiPath } from '../components/serverErrors';
import type { CasesAmendmentQuery, DocumentType } from '../generated/graphql';
import { toApiError, type ApiError } from '../graphql/errors';
import { formatDateTime } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import { CasesRespondToSupplementMutation } from './cases.graphql';
import { DocumentUploadField } from './DocumentUploadField';
import { supplementMessages } from './supplement.messages';
import { useCaseLabels } from './useCaseLabels';

type Request = NonNullable<CasesAmendmentQuery['amendment']['supplementRequest']>;

/**
 * The officer's request (補件) and the answer to it: their words, one upload per document asked
 * for, an optional note, then `respondToSupplementRequest`. Missing documents are listed in an
 * error summary at the top, each linking to its upload, and beside the upload itself.
 */
export function SupplementResponse({
  amendmentId,
  request,
  onChanged,
  onAnswered,
}: {
  amendmentId: string;
  request: Request;
  /** A document was uploaded: the case is read again (the counts change). */
  onChanged: () => void;
  onAnswered: () => void;
}) {
  const t = useMessages(supplementMessages);
  const { locale } = useLocale();
  const { limits } = useCaseLabels();
  const [respond, { loading }] = useMutation(CasesRespondToSupplementMutation);
  // Per document, the API's words, or null for our own check (worded at render: the language
  // may change while the summary is shown).
  const [missing, setMissing] = useState<Map<DocumentType, string | null>>(new Map());
  const [failure, setFailure] = useState<ApiError>();
  const summary = useRef<HTMLDivElement>(null);
  const { control, handleSubmit, setError } = useForm<{ note: string }>({
    defaultValues: { note: '' },
  });

  const labelOf = (type: DocumentType) =>
    request.documents.find((d) => d.type === type)?.label ?? type;
  const problemOf = (type: DocumentType) =>
    missing.get(type) ?? t('missing', { label: labelOf(type) });
  const showMissing = (problems: Map<DocumentType, string | null>) => {
    setMissing(problems);
    // The summary takes the focus so that screen readers read it first (GOV.UK pattern).
    setTimeout(() => summary.current?.focus(), 0);
  };

  const onSubmit = handleSubmit(async ({ note }) => {
    setFailure(undefined);
    const notYet = request.documents.filter((d) => d.uploaded === 0);
    if (notYet.length) {
      showMissing(new Map(notYet.map((d) => [d.type, null])));
      return;
    }
    setMissing(new Map());
    try {
      await respond({ variables: { amendmentId, note: note.trim() || null } });
      onAnswered();
    } catch (e) {
      const error = toApiError(e);
      const fromApi = new Map<DocumentType, string | null>();
      for (const f of error.fields) {
        const type = /^documents\.([A-Z_]+)$/.exec(f.field)?.[1] as DocumentType | undefined;
        if (type) fromApi.set(type, f.message);
        else if (apiPath(f.field) === 'note')
          setError('note', { type: 'server', message: f.message });
      }
      if (fromApi.size) showMissing(fromApi);
      else setFailure(error);
    }
  });

  return (
    <Box component="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <ErrorSummary
        ref={summary}
        headingLevel="h3"
        problems={[...missing.keys()].map((type) => ({
          id: `upload-${type}`,
          message: problemOf(type),
        }))}
      />
      <Alert
        severity="warning"
        icon={false}
        sx={{ mb: 2, '& .MuiAlert-message': { width: '100%' } }}
      >
        <AlertTitle component="h3" sx={{ fontWeight: 700 }}>
          {t('title')}
        </AlertTitle>
        <Typography variant="body2">
          {t('askedOn', { date: formatDateTime(request.requestedAt, locale) })}
        </Typography>
        {request.message && (
          <>
            <Typography sx={{ fontWeight: 600, mt: 1 }}>{t('officerWrote')}</Typography>
            <Box
              component="blockquote"
              sx={{
                m: 0,
                mt: 0.5,
                pl: 1.5,
                borderLeft: 3,
                borderColor: 'warning.main',
                whiteSpace: 'pre-line',
                overflowWrap: 'anywhere',
              }}
            >
              {request.message}
            </Box>
          </>
        )}
      </Alert>
      <Typography sx={{ fontWeight: 600 }}>{t('documentsAsked')}</Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('steps')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 1.5, mb: 2 }}>
        {request.documents.map((d) => (
          <DocumentUploadField
            key={d.type}
            amendmentId={amendmentId}
            type={d.type}
            label={d.label}
            uploaded={d.uploaded}
            limits={limits(d.type)}
            problem={d.uploaded === 0 && missing.has(d.type) ? problemOf(d.type) : undefined}
            onUploaded={onChanged}
          />
        ))}
      </Box>
      <FormTextField
        control={control}
        name="note"
        label={t('note')}
        helperText={t('noteHint')}
        multiline
        minRows={2}
        slotProps={{ htmlInput: { maxLength: 2000 } }}
        sx={{ mb: 2 }}
      />
      <ErrorAlert error={failure} />
      <Button type="submit" variant="contained" size="large" disabled={loading}>
        {loading ? t('sending') : t('submit')}
      </Button>
    </Box>
  );
}
