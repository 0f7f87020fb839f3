import { useMemo, useState } from 'react';
import { useMutation } from '@apollo/client';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import {
  Box,
  Button,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
} from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import { ErrorSummary } from '../components/ErrorSummary';
import { summaryOf } from '../components/fieldProblems';
import { FormTextField } from '../components/FormTextField';
import { applyServerErrors } from '../components/serverErrors';
import type { WebhookEventType } from '../generated/graphql';
import { toApiError } from '../graphql/errors';
import { useMessages } from '../i18n/locale';
import { AgencyCreateWebhookMutation } from './agency.graphql';
import { WEBHOOK_EVENTS } from './webhookEvents';
import { webhookMessages } from './webhooks.messages';

interface WebhookValues {
  url: string;
  events: WebhookEventType[];
}

const FIELD_IDS = { url: 'webhook-url', events: `webhook-event-${WEBHOOK_EVENTS[0]}` };

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Address and events; the signing secret comes back once, to the page. */
export function CreateWebhookForm({ onCreated }: { onCreated: (secret: string) => void }) {
  const t = useMessages(webhookMessages);
  const schema = useMemo(
    () =>
      z.object({
        url: z.string().trim().min(1, t('urlRequired')).refine(isHttpUrl, t('urlFormat')),
        events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, t('eventsRequired')),
      }),
    [t],
  );
  const { control, handleSubmit, setError, reset, formState } = useForm<WebhookValues>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: { url: '', events: [...WEBHOOK_EVENTS] },
  });
  const [create, { loading }] = useMutation(AgencyCreateWebhookMutation, {
    refetchQueries: ['AgencyWebhookSubscriptions'],
    awaitRefetchQueries: true,
  });
  const [failure, setFailure] = useState<unknown>();

  const onSubmit = handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const { data } = await create({
        variables: { input: { url: values.url.trim(), events: values.events } },
      });
      reset();
      if (data) onCreated(data.createWebhookSubscription.secret);
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyServerErrors(apiError, setError, ['url', 'events']);
      if (apiError.fields.length === 0 || unplaced.length > 0) setFailure(apiError);
    }
  });

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-labelledby="create-webhook-title"
    >
      <ErrorSummary
        problems={summaryOf(formState.errors, FIELD_IDS)}
        focusKey={formState.submitCount}
      />
      <ErrorAlert error={failure} />
      <FormTextField
        control={control}
        name="url"
        id={FIELD_IDS.url}
        type="url"
        inputMode="url"
        label={t('urlLabel')}
        helperText={t('urlHelp')}
        autoComplete="off"
        slotProps={{ htmlInput: { autoCapitalize: 'none', spellCheck: false } }}
        sx={{ mb: 2, maxWidth: 640, display: 'flex' }}
      />
      <Controller
        control={control}
        name="events"
        render={({ field, fieldState }) => (
          <FormControl
            component="fieldset"
            error={Boolean(fieldState.error)}
            aria-describedby={fieldState.error ? 'webhook-events-error' : undefined}
            sx={{ mb: 2, display: 'block' }}
          >
            <FormLabel component="legend" sx={{ color: 'text.primary', fontWeight: 600 }}>
              {t('eventsLegend')}
            </FormLabel>
            <FormGroup>
              {WEBHOOK_EVENTS.map((event) => (
                <FormControlLabel
                  key={event}
                  label={t(event)}
                  control={
                    <Checkbox
                      id={`webhook-event-${event}`}
                      checked={field.value.includes(event)}
                      onChange={(e) =>
                        field.onChange(
                          e.target.checked
                            ? [...field.value, event]
                            : field.value.filter((v) => v !== event),
                        )
                      }
                    />
                  }
                />
              ))}
            </FormGroup>
            {fieldState.error && (
              <FormHelperText id="webhook-events-error">{fieldState.error.message}</FormHelperText>
            )}
          </FormControl>
        )}
      />
      <Button type="submit" variant="contained" size="large" disabled={loading}>
        {t('createSubmit')}
      </Button>
    </Box>
  );
}
