import { useMemo } from 'react';
import { useMutation } from '@apollo/client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormTextField } from '../components/FormTextField';
import { useServerSubmit } from '../components/useServerSubmit';
import type { WebhookEventType } from '../generated/graphql';
import { useMessages } from '../i18n/locale';
import { AgencyCreateWebhookMutation } from './agency.graphql';
import { AgencyForm } from './AgencyForm';
import { CheckboxGroupField } from './CheckboxGroupField';
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
  const form = useForm<WebhookValues>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: { url: '', events: [...WEBHOOK_EVENTS] },
  });
  const { control, reset, formState } = form;
  const [create, { loading }] = useMutation(AgencyCreateWebhookMutation, {
    refetchQueries: ['AgencyWebhookSubscriptions'],
    awaitRefetchQueries: true,
  });
  const { submit, failure } = useServerSubmit(form, ['url', 'events'], async (values) => {
    const { data } = await create({
      variables: { input: { url: values.url.trim(), events: values.events } },
    });
    reset();
    if (data) onCreated(data.createWebhookSubscription.secret);
  });

  return (
    <AgencyForm
      labelledBy="create-webhook-title"
      formState={formState}
      fieldIds={FIELD_IDS}
      failure={failure}
      onSubmit={submit}
      submitLabel={t('createSubmit')}
      busy={loading}
    >
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
      <CheckboxGroupField
        control={control}
        name="events"
        legend={t('eventsLegend')}
        options={WEBHOOK_EVENTS.map((event) => ({ value: event, label: t(event) }))}
        idOf={(event) => `webhook-event-${event}`}
        errorId="webhook-events-error"
      />
    </AgencyForm>
  );
}
