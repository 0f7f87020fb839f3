import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import RefreshIcon from '@mui/icons-material/Refresh';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Notice, type Said } from '../components/Notice';
import type { WebhookDeliveryStatus } from '../generated/graphql';
import { useMessages } from '../i18n/locale';
import { AgencyRedeliverWebhookMutation, AgencyWebhookDeliveriesQuery } from './agency.graphql';
import { WebhookDeliveryCard } from './WebhookDeliveryCard';
import type { Subscription } from './WebhookSubscriptionCard';
import { type WebhookKey, webhookMessages } from './webhooks.messages';

const PER_PAGE = 10;
const STATUSES: readonly WebhookDeliveryStatus[] = ['PENDING', 'DELIVERED', 'FAILED'];

/**
 * The deliveries, newest first, filtered by status and paged. Not refreshed on a timer: every
 * request extends the idle session, and a page left open must still sign out on time.
 */
export function WebhookDeliveryLog({ subscriptions }: { subscriptions: Subscription[] }) {
  const t = useMessages(webhookMessages);
  const [status, setStatus] = useState<WebhookDeliveryStatus | ''>('');
  const [page, setPage] = useState(1);
  const { data, loading, error, refetch } = useQuery(AgencyWebhookDeliveriesQuery, {
    variables: { status: status || null, page, perPage: PER_PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const [redeliver, redelivering] = useMutation(AgencyRedeliverWebhookMutation);
  const [notice, setNotice] = useState<Said<WebhookKey>>();
  const total = data?.webhookDeliveries.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  const urlOf = (id: string) => subscriptions.find((s) => s.id === id)?.url;

  return (
    <Box component="section" aria-labelledby="log-title">
      <Typography id="log-title" component="h2" variant="h6" sx={{ mb: 1 }}>
        {t('logTitle')}
      </Typography>
      <Typography sx={{ mb: 2, color: 'text.secondary' }}>{t('logIntro')}</Typography>
      <Stack
        direction="row"
        spacing={2}
        useFlexGap
        sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 2 }}
      >
        <TextField
          select
          id="delivery-status"
          label={t('filterLabel')}
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as WebhookDeliveryStatus | '');
            setPage(1);
          }}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          sx={{ minWidth: 200 }}
        >
          <option value="">{t('filterAll')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(s)}
            </option>
          ))}
        </TextField>
        <Button
          variant="outlined"
          startIcon={<RefreshIcon aria-hidden />}
          onClick={() => void refetch()}
          disabled={loading}
        >
          {t('refresh')}
        </Button>
      </Stack>
      <Notice said={notice} t={t} onClose={() => setNotice(undefined)} />
      <ErrorAlert error={error ?? redelivering.error} onRetry={() => void refetch()} />
      {loading && !data && <Loading />}
      {data && data.webhookDeliveries.items.length === 0 && (
        <Typography>{t('noDeliveries')}</Typography>
      )}
      {data && data.webhookDeliveries.items.length > 0 && (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 2 }}>
          {data.webhookDeliveries.items.map((d) => (
            <li key={d.id}>
              <WebhookDeliveryCard
                delivery={d}
                target={urlOf(d.subscriptionId)}
                busy={redelivering.loading}
                onRedeliver={() => {
                  redeliver({ variables: { deliveryId: d.id } })
                    .then(() => setNotice({ key: 'redelivered' }))
                    .catch(() => undefined); // shown above the list
                }}
              />
            </li>
          ))}
        </Box>
      )}
      {total > PER_PAGE && (
        <Stack
          component="nav"
          aria-label={t('logTitle')}
          direction="row"
          spacing={2}
          useFlexGap
          sx={{ flexWrap: 'wrap', alignItems: 'center', mt: 2 }}
        >
          <Button disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('newer')}
          </Button>
          <Typography>{t('pageOf', { page, pages, total })}</Typography>
          <Button disabled={page >= pages} onClick={() => setPage(page + 1)}>
            {t('older')}
          </Button>
        </Stack>
      )}
    </Box>
  );
}
