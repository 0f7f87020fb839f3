import { Box, Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { visuallyHidden } from '../components/visuallyHidden';
import type { AgencyWebhookSubscriptionFieldsFragment } from '../generated/graphql';
import { formatDateTime } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import { Detail } from './Detail';
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
    <Card variant="outlined" component="article" sx={{ height: '100%' }}>
      <CardContent>
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 1 }}
        >
          <Typography
            component="h3"
            variant="subtitle1"
            sx={{ fontWeight: 600, overflowWrap: 'anywhere', flexGrow: 1, minWidth: 0 }}
          >
            {subscription.url}
          </Typography>
          {subscription.active && <Chip size="small" color="success" label={t('statusActive')} />}
        </Stack>
        <Box component="dl" sx={{ m: 0, display: 'grid', gap: 0.75 }}>
          <Detail term={t('eventsLabel')}>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {events.map((e) => (
                <li key={e}>{t(e)}</li>
              ))}
            </Box>
          </Detail>
          <Detail term={t('createdLabel')}>{formatDateTime(subscription.createdAt, locale)}</Detail>
        </Box>
        <Button variant="outlined" color="error" onClick={onDelete} sx={{ mt: 2 }}>
          {t('remove')}
          <Box component="span" sx={visuallyHidden}>
            {` ${subscription.url}`}
          </Box>
        </Button>
      </CardContent>
    </Card>
  );
}
