import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Box, Typography } from '@mui/material';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Notice, type Said } from '../components/Notice';
import { Page } from '../components/Page';
import { useMessages } from '../i18n/locale';
import { AgencyDeleteWebhookMutation, AgencyWebhookSubscriptionsQuery } from './agency.graphql';
import { BusinessOnly } from './BusinessOnly';
import { CardList } from './CardList';
import { CreateWebhookForm } from './CreateWebhookForm';
import { SecretOnce } from './SecretOnce';
import { WebhookDeliveryLog } from './WebhookDeliveryLog';
import { type Subscription, WebhookSubscriptionCard } from './WebhookSubscriptionCard';
import { type WebhookKey, webhookMessages } from './webhooks.messages';

/** `/agency/webhooks`: where the software hears about its cases, and how the notices went. */
export default function WebhooksPage() {
  const t = useMessages(webhookMessages);
  return (
    <BusinessOnly title={t('title')}>
      <Webhooks />
    </BusinessOnly>
  );
}

function Webhooks() {
  const t = useMessages(webhookMessages);
  const { data, loading, error, refetch } = useQuery(AgencyWebhookSubscriptionsQuery);
  const [remove, removing] = useMutation(AgencyDeleteWebhookMutation, {
    refetchQueries: ['AgencyWebhookSubscriptions', 'AgencyWebhookDeliveries'],
    awaitRefetchQueries: true,
  });
  const [confirming, setConfirming] = useState<Subscription>();
  const [secret, setSecret] = useState<string>();
  const [notice, setNotice] = useState<Said<WebhookKey>>();
  const subscriptions = data?.webhookSubscriptions ?? [];

  const closeDialog = () => {
    removing.reset();
    setConfirming(undefined);
  };

  return (
    <Page title={t('title')} intro={t('intro')}>
      {secret ? (
        <SecretOnce
          title={t('secretTitle')}
          warning={t('secretWarning')}
          secret={secret}
          label={t('secretLabel')}
          onDone={() => {
            setSecret(undefined);
            setNotice({ key: 'created' });
          }}
        >
          <Typography variant="body2" sx={{ mt: 1.5, overflowWrap: 'anywhere' }}>
            {t('verifyHow')}
          </Typography>
        </SecretOnce>
      ) : (
        <Notice said={notice} t={t} onClose={() => setNotice(undefined)} />
      )}
      <CardList
        titleId="subscriptions-title"
        title={t('listTitle')}
        empty={t('none')}
        items={data?.webhookSubscriptions}
        render={(s) => (
          <WebhookSubscriptionCard subscription={s} onDelete={() => setConfirming(s)} />
        )}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
      />
      <Box component="section" aria-labelledby="create-webhook-title" sx={{ mb: 4 }}>
        <Typography id="create-webhook-title" component="h2" variant="h6" sx={{ mb: 2 }}>
          {t('createTitle')}
        </Typography>
        <CreateWebhookForm
          onCreated={(value) => {
            setNotice(undefined);
            setSecret(value);
            window.scrollTo({ top: 0 });
          }}
        />
      </Box>
      <WebhookDeliveryLog subscriptions={subscriptions} />
      <ConfirmDialog
        open={Boolean(confirming)}
        title={t('removeTitle')}
        body={t('removeBody', { url: confirming?.url ?? '' })}
        confirmLabel={t('remove')}
        busy={removing.loading}
        error={removing.error}
        onClose={closeDialog}
        onConfirm={() => {
          if (!confirming) return;
          remove({ variables: { id: confirming.id } })
            .then(() => {
              closeDialog();
              setNotice({ key: 'removed' });
            })
            .catch(() => undefined); // shown in the dialog
        }}
      />
    </Page>
  );
}
