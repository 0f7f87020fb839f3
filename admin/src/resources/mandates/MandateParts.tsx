import { Box, Button, Chip, Typography } from '@mui/material';
import DescriptionIcon from '@mui/icons-material/Description';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime } from '../../format';
import { formatCalendarDate } from '../payments/money';
import type { MandateRecord } from './listing';

const STATUS_COLOUR = {
  PENDING_VERIFICATION: 'warning',
  ACTIVE: 'success',
  REJECTED: 'error',
  REVOKED: 'default',
} as const;

export function MandateStatusChip({ record }: { record: MandateRecord }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={STATUS_COLOUR[record.status]}
      label={translate(`goldcard.mandateStatus.${record.status}`)}
      data-status={record.status}
    />
  );
}

/** The holder as officers name them; the API gives officers the name in every status. */
export function holderOf(record: MandateRecord): string {
  return record.holderName ?? record.applicantUiNumber;
}

export function MandateHolder({ record }: { record: MandateRecord }) {
  const translate = useTranslate();
  return (
    <Box sx={{ overflowWrap: 'anywhere' }}>
      <Typography variant="body2" component="span" sx={{ display: 'block', fontWeight: 500 }}>
        {holderOf(record)}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {translate('goldcard.mandates.holder_ui', { uiNumber: record.applicantUiNumber })}
      </Typography>
    </Box>
  );
}

export function MandateGrantee({ record }: { record: MandateRecord }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box sx={{ overflowWrap: 'anywhere' }}>
      <Typography variant="body2" component="span" sx={{ display: 'block' }}>
        {record.granteeName}
      </Typography>
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
        {translate(`goldcard.mandateSource.${record.source}`)}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {translate('goldcard.mandates.requested_at', {
          at: formatDateTime(record.createdAt, locale),
        })}
      </Typography>
    </Box>
  );
}

/** The items it covers, in words; none listed means all. */
export function scopeOf(record: MandateRecord, translate: (key: string) => string): string {
  return record.items.length === 0
    ? translate('goldcard.mandates.all_items')
    : record.items.map((item) => translate(`goldcard.item.${item}`)).join('、');
}

export function MandateScope({ record }: { record: MandateRecord }) {
  const translate = useTranslate();
  return <span>{scopeOf(record, translate)}</span>;
}

export function MandatePeriod({ record }: { record: MandateRecord }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box>
      <span>
        {translate('goldcard.mandates.period', {
          from: formatCalendarDate(record.validFrom, locale),
          until: formatCalendarDate(record.validUntil, locale),
        })}
      </span>
      {record.status === 'ACTIVE' && !record.activeNow && (
        <Typography variant="caption" color="warning.dark" sx={{ display: 'block' }}>
          {translate('goldcard.mandates.not_in_force')}
        </Typography>
      )}
      {record.status === 'REJECTED' && record.decisionNote && (
        <Typography variant="caption" sx={{ display: 'block', overflowWrap: 'anywhere' }}>
          {translate('goldcard.mandates.note', { note: record.decisionNote })}
        </Typography>
      )}
    </Box>
  );
}

/**
 * The signed power of attorney, opened in a tab of its own (the browser shows the PDF or the
 * image). Not in a frame as DocumentsPanel shows a case's documents: the API serves
 * `/mandates/:id/document` under the site-wide `frame-ancestors 'none'`, so a frame stays empty.
 */
export function MandateDocument({ record }: { record: MandateRecord }) {
  const translate = useTranslate();
  if (!record.documentUrl) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('goldcard.mandates.no_document')}
      </Typography>
    );
  }
  return (
    <Button
      size="small"
      component="a"
      href={record.documentUrl}
      target="_blank"
      rel="noopener"
      startIcon={<DescriptionIcon aria-hidden />}
      endIcon={<OpenInNewIcon aria-hidden />}
      aria-label={translate('goldcard.mandates.open_document', { holder: holderOf(record) })}
      sx={{ whiteSpace: 'nowrap' }}
      data-testid="mandate-document"
    >
      {translate('goldcard.mandates.document')}
    </Button>
  );
}
