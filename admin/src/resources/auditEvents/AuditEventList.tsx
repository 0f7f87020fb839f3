import type { MouseEvent } from 'react';
import { Box, Button, Chip, Grid, Typography } from '@mui/material';
import {
  DataTable,
  DateInput,
  List,
  TextInput,
  useLocaleState,
  useExpanded,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { AuditEventListQuery } from '../../generated/graphql';
import { formatDateTime } from '../../format';

type Row = AuditEventListQuery['auditEvents']['items'][number];

const filters = [
  <TextInput key="action" source="action" alwaysOn resettable />,
  <TextInput key="entityType" source="entityType" />,
  <TextInput key="entityId" source="entityId" />,
  <TextInput key="actorAccountId" source="actorAccountId" />,
  <DateInput key="from" source="from" />,
  <DateInput key="to" source="to" />,
];

/** The JSON the API records, indented; kept as text when it is not JSON. */
function pretty(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    return value;
  }
}

function Json({ title, value }: { title: string; value?: string | null }) {
  const translate = useTranslate();
  const text = pretty(value);
  return (
    <Box>
      <Typography component="h3" variant="subtitle2">
        {title}
      </Typography>
      {text ? (
        <Box
          component="pre"
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

function Details() {
  const translate = useTranslate();
  const record = useRecordContext<Row>();
  if (!record) return null;
  return (
    <Grid container spacing={2} sx={{ p: 1 }}>
      <Grid size={{ xs: 12, md: 6 }}>
        <Json title={translate('goldcard.auditEvents.changes')} value={record.changes} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Json title={translate('goldcard.auditEvents.detail')} value={record.detail} />
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          {translate('resources.auditEvents.fields.requestId')}: {record.requestId ?? '—'} ·{' '}
          {translate('resources.auditEvents.fields.actorAccountId')}: {record.actorAccountId ?? '—'}
        </Typography>
      </Grid>
    </Grid>
  );
}

/**
 * Shows or hides the row's recorded changes. react-admin's own expand icon is hidden from
 * assistive technology and the keyboard; this button is neither.
 */
function DetailsToggle({ record }: { record: Row }) {
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

function Result({ record }: { record: Row }) {
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

function When({ record }: { record: Row }) {
  const [locale] = useLocaleState();
  return <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(record.at, locale)}</span>;
}

const Col = DataTable.Col<Row>;

/** Supervisors: who did what, when, from where; expand a row for the recorded changes. */
export function AuditEventList() {
  const translate = useTranslate();
  return (
    <List
      filters={filters}
      exporter={false}
      empty={false}
      perPage={50}
      sort={{ field: 'at', order: 'DESC' }}
    >
      <DataTable<Row> bulkActionButtons={false} expand={<Details />} data-testid="audit-list">
        <Col source="at" disableSort render={(r) => <When record={r} />} />
        <Col source="action" disableSort render={(r) => <code>{r.action}</code>} />
        <Col source="success" disableSort render={(r) => <Result record={r} />} />
        <Col
          source="actorRole"
          disableSort
          render={(r) =>
            r.actorRole
              ? translate(`goldcard.role.${r.actorRole}`, { _: r.actorRole })
              : r.actorKind
          }
        />
        <Col source="entityType" disableSort />
        <Col source="entityId" disableSort render={(r) => <code>{r.entityId}</code>} />
        <Col source="ip" disableSort />
        <Col
          label="goldcard.auditEvents.detail"
          disableSort
          render={(r) => <DetailsToggle record={r} />}
        />
      </DataTable>
    </List>
  );
}
