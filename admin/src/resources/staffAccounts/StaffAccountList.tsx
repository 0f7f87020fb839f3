import type { ReactNode } from 'react';
import { Box, Card, CardContent, Chip, Stack, Typography, useMediaQuery } from '@mui/material';
import type { Theme } from '@mui/material/styles';
import {
  CreateButton,
  DataTable,
  List,
  TopToolbar,
  useGetIdentity,
  useListContext,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import type { StaffAccountFieldsFragment } from '../../generated/graphql';
import { localDateTime } from './localDateTime';
import { StaffRowActions } from './StaffRowActions';
import { StaffState } from './StaffState';

type Row = StaffAccountFieldsFragment;

const Actions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

function Role({ record }: { record: Row }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={record.role === 'SUPERVISOR' ? 'secondary' : 'default'}
      label={translate(`goldcard.role.${record.role}`)}
    />
  );
}

function LastLogin({ record }: { record: Row }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {localDateTime(record.lastLoginAt, locale) || translate('goldcard.staffAdmin.never')}
    </span>
  );
}

/** The name, marked when it is the supervisor's own account (which they cannot disable). */
function Name({ record }: { record: Row }) {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <>
      {record.displayName}
      {identity?.id === record.id && (
        <Typography component="span" variant="body2" color="text.secondary">
          {` (${translate('goldcard.staffAdmin.you')})`}
        </Typography>
      )}
    </>
  );
}

const Col = DataTable.Col<Row>;

function StaffTable() {
  return (
    <DataTable<Row> bulkActionButtons={false} rowClick={false} data-testid="staff-list">
      <Col
        label="goldcard.staffAdmin.name"
        source="displayName"
        disableSort
        render={(r) => <Name record={r} />}
      />
      <Col label="goldcard.staffAdmin.account_name" source="accountName" disableSort />
      <Col
        label="goldcard.staffAdmin.role"
        source="role"
        disableSort
        render={(r) => <Role record={r} />}
      />
      <Col
        label="goldcard.staffAdmin.last_login"
        source="lastLoginAt"
        disableSort
        render={(r) => <LastLogin record={r} />}
      />
      <Col
        label="goldcard.staffAdmin.state"
        source="disabled"
        disableSort
        render={(r) => <StaffState record={r} />}
      />
      <Col label="goldcard.staffAdmin.open_cases" source="openCases" disableSort align="right" />
      <Col
        label="goldcard.staffAdmin.actions"
        disableSort
        render={(r) => <StaffRowActions record={r} />}
      />
    </DataTable>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <>
      <Box component="dt" sx={{ color: 'text.secondary' }}>
        {translate(label)}
      </Box>
      <Box component="dd" sx={{ m: 0, minWidth: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Box>
    </>
  );
}

/** Narrow screens: one card per person, as react-admin's demo does with SimpleList. */
function StaffCards() {
  const { data, isPending } = useListContext<Row>();
  if (isPending || !data) return null;
  return (
    <Stack
      spacing={1}
      sx={{ p: 1 }}
      data-testid="staff-list"
      component="ul"
      style={{ listStyle: 'none', margin: 0 }}
    >
      {data.map((record) => (
        <Card key={record.id} variant="outlined" component="li" data-testid="staff-card">
          <CardContent sx={{ '&:last-child': { pb: 2 } }}>
            <Typography component="p" variant="subtitle1" sx={{ fontWeight: 600 }}>
              <Name record={record} />
            </Typography>
            <Box
              component="dl"
              sx={{
                display: 'grid',
                gridTemplateColumns: 'auto minmax(0, 1fr)',
                columnGap: 2,
                rowGap: 0.5,
                my: 1,
                fontSize: 14,
              }}
            >
              <Fact label="goldcard.staffAdmin.account_name">{record.accountName}</Fact>
              <Fact label="goldcard.staffAdmin.role">
                <Role record={record} />
              </Fact>
              <Fact label="goldcard.staffAdmin.state">
                <StaffState record={record} />
              </Fact>
              <Fact label="goldcard.staffAdmin.last_login">
                <LastLogin record={record} />
              </Fact>
              <Fact label="goldcard.staffAdmin.open_cases">{record.openCases}</Fact>
            </Box>
            <StaffRowActions record={record} />
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}

/** Supervisors: officer and supervisor accounts, their state and workload, and what to do. */
export function StaffAccountList() {
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  return (
    <List actions={<Actions />} exporter={false} empty={false} perPage={25}>
      {narrow ? <StaffCards /> : <StaffTable />}
    </List>
  );
}
