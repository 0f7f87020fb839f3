import type { MouseEvent } from 'react';
import { Box, Button, Chip, Grid, Typography } from '@mui/material';
import {
  Link,
  useExpanded,
  useListContext,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { AuditEventListQuery } from '../../generated/graphql';
import { localDateTime } from '../staffAccounts/localDateTime';
import { CaseAuditLink } from './CaseAuditLink';

export type Row = AuditEventListQuery['auditEvents']['items'][number];

/** The JSON the API records, indented; kept as text when it is not JSON. */
function pretty(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    return value;
  }
}

/**
 * The case an event is about: the case itself, or (for its documents and payments, whose events
 * name the document or payment) the case the list is filtered to.
 */
export function useCaseOf(record: Row): string | undefined {
  const filterValues = useListContext().filterValues as { amendmentId?: unknown } | undefined;
  if (record.entityType === 'Amendment' && record.entityId) return record.entityId;
  const filtered = filterValues?.amendmentId;
  return typeof filtered === 'string' && filtered !== '' ? filtered : undefined;
}

function Json({ title, value }: { title: string; value?: string | null }) {
  const translate = useTranslate();
  const text = pretty(value);
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography component="h3" variant="subtitle2">
        {title}
      </Typography>
      {text ? (
        <Box
          component="pre"
          tabIndex={0}
          sx={{ m: 0, p: 1, bgcolor: 'grey.100', borderRadius: 1, overflowX: 'auto', fontSize: 12 }}
        >
          {text}
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('goldcard.auditEvents.nothing')}
        </Typography>
      )}
    </Box>
  );
}

export function Details() {
  const translate = useTranslate();
  const record = useRecordContext<Row>();
  if (!record) return null;
  const caseId = record.entityType === 'Amendment' ? record.entityId : null;
  return (
    <Grid container spacing={2} sx={{ p: 1 }}>
      <Grid size={{ xs: 12, md: 6 }}>
        <Json title={translate('goldcard.auditEvents.changes')} value={record.changes} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Json title={translate('goldcard.auditEvents.detail')} value={record.detail} />
        <Typography
          variant="caption"
          color="text.secondary"
          component="p"
          sx={{ mt: 1, overflowWrap: 'anywhere' }}
        >
          {translate('resources.auditEvents.fields.entityId')}: {record.entityId ?? '—'} ·{' '}
          {translate('resources.auditEvents.fields.ip')}: {record.ip ?? '—'} ·{' '}
          {translate('resources.auditEvents.fields.requestId')}: {record.requestId ?? '—'}
        </Typography>
        {caseId && <CaseAuditLink amendmentId={caseId} />}
      </Grid>
    </Grid>
  );
}

/**
 * Shows or hides the row's recorded changes. react-admin's own expand icon is hidden from
 * assistive technology and the keyboard; this button is neither.
 */
export function DetailsToggle({ record }: { record: Row }) {
  const translate = useTranslate();
  const [expanded, toggle] = useExpanded('auditEvents', record.id);
  return (
    <Button
      size="small"
      aria-expanded={expanded}
      aria-controls={`auditEvents-${record.id}-expand`}
      onClick={(e: MouseEvent) => {
        e.stopPropagation();
        toggle();
      }}
    >
      {translate('goldcard.auditEvents.detail')}
    </Button>
  );
}

export function Result({ record }: { record: Row }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={record.success ? 'success' : 'error'}
      variant="outlined"
      label={translate(
        record.success ? 'goldcard.auditEvents.success' : 'goldcard.auditEvents.failure',
      )}
    />
  );
}

export function When({ record }: { record: Row }) {
  const [locale] = useLocaleState();
  return <span style={{ whiteSpace: 'nowrap' }}>{localDateTime(record.at, locale)}</span>;
}

/** The person by name (as the account is named now) and their role then; or who else acted. */
export function Who({ record }: { record: Row }) {
  const translate = useTranslate();
  const name =
    record.actorName ??
    (record.actorKind === 'SYSTEM'
      ? translate('goldcard.auditLog.system')
      : record.actorKind === 'ANONYMOUS'
        ? translate('goldcard.auditLog.anonymous')
        : (record.actorAccountId ?? record.actorKind));
  return (
    <Box sx={{ minWidth: 0 }}>
      <Box component="span" data-testid="audit-actor" sx={{ overflowWrap: 'anywhere' }}>
        {name}
      </Box>
      {record.actorRole && (
        <Typography
          component="span"
          variant="caption"
          color="text.secondary"
          sx={{ display: 'block' }}
        >
          {translate(`goldcard.role.${record.actorRole}`, { _: record.actorRole })}
        </Typography>
      )}
    </Box>
  );
}

/** The action in words, its code underneath (what the action filter takes). */
export function What({ record }: { record: Row }) {
  const translate = useTranslate();
  const words = translate(`goldcard.auditLog.actions.${record.action}`, { _: '' });
  return (
    <Box sx={{ minWidth: 0 }}>
      {words}
      <Typography
        component="code"
        variant="caption"
        color="text.secondary"
        sx={{ display: 'block', overflowWrap: 'anywhere' }}
      >
        {record.action}
      </Typography>
    </Box>
  );
}

/** The kind of record in words and, for a case's events, a link to the case. */
export function About({ record }: { record: Row }) {
  const translate = useTranslate();
  const caseId = useCaseOf(record);
  const kind = record.entityType
    ? translate(`goldcard.auditLog.kinds.${record.entityType}`, { _: record.entityType })
    : '—';
  return (
    <Box sx={{ minWidth: 0 }}>
      {kind}
      {caseId && (
        <Link
          to={`/amendments/${encodeURIComponent(caseId)}/show`}
          variant="body2"
          sx={{ display: 'block' }}
          aria-label={translate('goldcard.auditLog.open_case_label', { id: caseId })}
          data-testid="audit-case-link"
          onClick={(e: MouseEvent) => e.stopPropagation()}
        >
          {translate('goldcard.auditLog.open_case')}
        </Link>
      )}
    </Box>
  );
}
