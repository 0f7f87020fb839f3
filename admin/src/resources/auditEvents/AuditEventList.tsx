import { useState } from 'react';
import { Box, Button, Card, CardContent, Stack, useMediaQuery } from '@mui/material';
import type { Theme } from '@mui/material/styles';
import {
  DataTable,
  DateInput,
  List,
  RecordContextProvider,
  TextInput,
  useListContext,
  useTranslate,
} from 'react-admin';
import {
  About,
  Details,
  DetailsToggle,
  Result,
  What,
  When,
  Who,
  type Row,
} from './AuditEventParts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const caseId = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' && !UUID.test(value.trim())
    ? 'goldcard.auditLog.case_hint'
    : undefined;

// People and cases by what supervisors know of them (a name, a case's page), not by account ids.
const filters = [
  <TextInput
    key="actor"
    source="actor"
    label="goldcard.auditLog.person"
    helperText="goldcard.auditLog.person_hint"
    alwaysOn
    resettable
  />,
  <TextInput
    key="amendmentId"
    source="amendmentId"
    label="goldcard.auditLog.case"
    helperText="goldcard.auditLog.case_hint"
    validate={caseId}
    alwaysOn
    resettable
  />,
  <TextInput key="action" source="action" alwaysOn resettable />,
  <TextInput key="entityType" source="entityType" />,
  <DateInput key="from" source="from" />,
  <DateInput key="to" source="to" />,
];

const Col = DataTable.Col<Row>;

function AuditTable() {
  return (
    <DataTable<Row>
      bulkActionButtons={false}
      rowClick={false}
      expand={<Details />}
      data-testid="audit-list"
    >
      <Col
        label="goldcard.auditLog.when"
        source="at"
        disableSort
        render={(r) => <When record={r} />}
      />
      <Col
        label="goldcard.auditLog.who"
        source="actorName"
        disableSort
        render={(r) => <Who record={r} />}
      />
      <Col
        label="goldcard.auditLog.what"
        source="action"
        disableSort
        render={(r) => <What record={r} />}
      />
      <Col
        label="goldcard.auditLog.about"
        source="entityType"
        disableSort
        render={(r) => <About record={r} />}
      />
      <Col
        label="goldcard.auditLog.result"
        source="success"
        disableSort
        render={(r) => <Result record={r} />}
      />
      <Col
        label="goldcard.auditEvents.detail"
        disableSort
        render={(r) => <DetailsToggle record={r} />}
      />
    </DataTable>
  );
}

function AuditCard({ record }: { record: Row }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const panel = `audit-card-${record.id}-detail`;
  return (
    <Card variant="outlined" component="li" data-testid="audit-card">
      <CardContent sx={{ '&:last-child': { pb: 1 } }}>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}>
          <When record={record} />
          <Result record={record} />
        </Box>
        <Box sx={{ mt: 1, display: 'grid', gap: 0.5 }}>
          <Who record={record} />
          <What record={record} />
          <About record={record} />
        </Box>
        <Button
          size="small"
          sx={{ mt: 1 }}
          aria-expanded={open}
          aria-controls={panel}
          onClick={() => setOpen(!open)}
        >
          {translate('goldcard.auditEvents.detail')}
        </Button>
        {open && (
          <Box id={panel}>
            <RecordContextProvider value={record}>
              <Details />
            </RecordContextProvider>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

/** Narrow screens: one card per event, nothing wider than the screen. */
function AuditCards() {
  const { data, isPending } = useListContext<Row>();
  if (isPending || !data) return null;
  return (
    <Stack
      component="ul"
      spacing={1}
      sx={{ p: 1, m: 0, listStyle: 'none' }}
      data-testid="audit-list"
    >
      {data.map((record) => (
        <AuditCard key={record.id} record={record} />
      ))}
    </Stack>
  );
}

/**
 * Supervisors: who did what, when, to which record; filtered by person and by case (a case page
 * links here with `?filter={"amendmentId":…}`); expand a row for the recorded changes.
 */
export function AuditEventList() {
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  return (
    <List
      filters={filters}
      exporter={false}
      empty={false}
      perPage={50}
      sort={{ field: 'at', order: 'DESC' }}
    >
      {narrow ? <AuditCards /> : <AuditTable />}
    </List>
  );
}
