import { useState } from 'react';
import {
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Typography,
} from '@mui/material';
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
 * The signed power of attorney, shown in the console as DocumentsPanel shows a case's documents
 * (a frame shows a PDF or an image alike: the API does not say which it is), with a way to open
 * it in a tab of its own.
 */
export function MandateDocument({ record }: { record: MandateRecord }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (!record.documentUrl) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('goldcard.mandates.no_document')}
      </Typography>
    );
  }
  const holder = holderOf(record);
  const title = translate('goldcard.mandates.document_title', {
    grantee: record.granteeName,
    holder,
  });
  const titleId = `mandate-document-${record.id}`;
  return (
    <>
      <Button
        size="small"
        startIcon={<DescriptionIcon aria-hidden />}
        onClick={() => setOpen(true)}
        aria-label={translate('goldcard.mandates.open_document', { holder })}
        sx={{ whiteSpace: 'nowrap' }}
      >
        {translate('goldcard.mandates.document')}
      </Button>
      {open && (
        <Dialog
          open
          onClose={() => setOpen(false)}
          maxWidth="lg"
          fullWidth
          aria-labelledby={titleId}
        >
          <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
            {title}
          </DialogTitle>
          <DialogContent dividers sx={{ bgcolor: 'grey.100', p: { xs: 1, sm: 2 } }}>
            <Box
              component="iframe"
              src={record.documentUrl}
              title={title}
              data-testid="mandate-document-frame"
              sx={{ width: '100%', height: '70vh', border: 0, bgcolor: 'common.white' }}
            />
          </DialogContent>
          <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
            <Button
              component="a"
              href={record.documentUrl}
              target="_blank"
              rel="noopener"
              startIcon={<OpenInNewIcon aria-hidden />}
            >
              {translate('goldcard.mandates.open_new_tab')}
            </Button>
            <Button onClick={() => setOpen(false)} variant="contained" autoFocus>
              {translate('goldcard.mandates.close')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}
