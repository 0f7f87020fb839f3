import { Box, Button, Chip } from '@mui/material';
import { visuallyHidden } from '../components/visuallyHidden';
import type { AgencyWebhookSubscriptionFieldsFragment } from '../generated/graphql';
import { formatDateTime } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import { Detail } from './Detail';
import { RecordCard } from './RecordCard';
import { WEBHOOK_EVENTS } from './webhookEvents';
import { webhookMessages } from './webhooks.messages';

export type Subscription = AgencyWebhookSubscriptionFieldsFragment;

/** One notification address: the URL in full (it wraps), its events in words, delete. */
export function WebhookSubscriptionCard({
  subscription,
  onDelete,
}: {
  subscription: Subscription;
  onDelete: () => void;
}) {
  const t = useMessages(webhookMessages);
  const { locale } = useLocale();
  const events = WEBHOOK_EVENTS.filter((e) => subscription.events.includes(e));
  return (
    <RecordCard
      title={subscription.url}
      status={
        subscription.active && <Chip size="small" color="success" label={t('statusActive')} />
      }
      details={
        <>
          <Detail term={t('eventsLabel')}>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {events.map((e) => (
                <li key={e}>{t(e)}</li>
              ))}
            </Box>
          </Detail>
          <Detail term={t('createdLabel')}>{formatDateTime(subscription.createdAt, locale)}</Detail>
        </>
      }
    >
      <Button variant="outlined" color="error" onClick={onDelete} sx={{ mt: 2 }}>
        {t('remove')}
        <Box component="span" sx={visuallyHidden}>
          {` ${subscription.url}`}
        </Box>
      </Button>
    </RecordCard>
  );
}
