import { Box, Button, Chip } from '@mui/material';
import { visuallyHidden } from '../components/visuallyHidden';
import type { AgencyWebhookDeliveryFieldsFragment } from '../generated/graphql';
import { formatDateTime } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import { Detail } from './Detail';
import { RecordCard } from './RecordCard';
import { applicationNumberOf } from './webhookEvents';
import { webhookMessages } from './webhooks.messages';

export type Delivery = AgencyWebhookDeliveryFieldsFragment;

const STATUS_COLOUR = { PENDING: 'warning', DELIVERED: 'success', FAILED: 'error' } as const;

/** One notice sent (or to be sent): what, when, to where, how it went; send again when done. */
export function WebhookDeliveryCard({
  delivery,
  target,
  busy,
  onRedeliver,
}: {
  delivery: Delivery;
  /** The subscription's URL; undefined once it was deleted. */
  target?: string;
  busy: boolean;
  onRedeliver: () => void;
}) {
  const t = useMessages(webhookMessages);
  const { locale } = useLocale();
  const number = applicationNumberOf(delivery.payload);
  const title = t('deliveryTitle', {
    event: t(delivery.eventType),
    time: formatDateTime(delivery.createdAt, locale),
  });
  return (
    <RecordCard
      title={title}
      status={
        <Chip size="small" color={STATUS_COLOUR[delivery.status]} label={t(delivery.status)} />
      }
      testId="webhook-delivery"
      fillHeight={false}
      details={
        <>
          {number && <Detail term={t('caseLabel')}>{number}</Detail>}
          <Detail term={t('targetLabel')}>{target ?? t('deletedTarget')}</Detail>
          <Detail term={t('httpLabel')}>
            {delivery.lastStatusCode ?? (delivery.attempts > 0 ? t('noAnswer') : t('notYet'))}
          </Detail>
          <Detail term={t('attemptsLabel')}>{delivery.attempts}</Detail>
          {delivery.deliveredAt && (
            <Detail term={t('deliveredLabel')}>
              {formatDateTime(delivery.deliveredAt, locale)}
            </Detail>
          )}
          {delivery.status !== 'DELIVERED' && delivery.lastError && (
            <Detail term={t('lastErrorLabel')}>{delivery.lastError}</Detail>
          )}
          {delivery.nextAttemptAt && (
            <Detail term={t('nextAttemptLabel')}>
              {formatDateTime(delivery.nextAttemptAt, locale)}
            </Detail>
          )}
        </>
      }
    >
      {delivery.status !== 'PENDING' && target && (
        <Button variant="outlined" onClick={onRedeliver} disabled={busy} sx={{ mt: 2 }}>
          {t('redeliver')}
          <Box component="span" sx={visuallyHidden}>
            {` ${title}`}
          </Box>
        </Button>
      )}
    </RecordCard>
  );
}
