import { Card, CardContent, Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
import {
  DataTable,
  List,
  SelectInput,
  useListContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { choices } from '../../enums';
import { MANDATE_STATUSES, type MandateRecord } from './listing';
import { MandateActions } from './MandateActions';
import {
  MandateDocument,
  MandateGrantee,
  MandateHolder,
  MandatePeriod,
  MandateScope,
  MandateStatusChip,
} from './MandateParts';

const filters = [
  <SelectInput
    key="status"
    source="status"
    choices={choices('mandateStatus', MANDATE_STATUSES)}
    alwaysOn
    resettable
  />,
];

/** At phone widths: one card per mandate, everything stacked (no sideways scrolling). */
function MandateCards() {
  const translate = useTranslate();
  const { data, isPending } = useListContext<MandateRecord & RaRecord>();
  if (isPending) return null;
  if (!data?.length) {
    return <Typography sx={{ p: 2 }}>{translate('goldcard.mandates.empty')}</Typography>;
  }
  return (
    <Stack
      component="ul"
      spacing={1}
      sx={{ listStyle: 'none', p: 1, m: 0 }}
      data-testid="mandate-list"
    >
      {data.map((record) => (
        <Card component="li" key={record.id} variant="outlined" data-mandate-id={record.id}>
          <CardContent>
            <Stack spacing={1}>
              <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between' }}>
                <MandateHolder record={record} />
                <MandateStatusChip record={record} />
              </Stack>
              <MandateGrantee record={record} />
              <MandateScope record={record} />
              <MandatePeriod record={record} />
              <MandateDocument record={record} />
              <MandateActions record={record} />
            </Stack>
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}

const Col = DataTable.Col<MandateRecord & RaRecord>;

/**
 * Officers: the mandates (powers of attorney), those waiting for verification first; accept or
 * refuse them, revoke an active one.
 */
export function MandateList() {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  return (
    <List
      filters={filters}
      filterDefaultValues={{ status: 'PENDING_VERIFICATION' }}
      exporter={false}
      empty={false}
      perPage={25}
      sort={{ field: 'status', order: 'ASC' }}
    >
      {isSmall ? (
        <MandateCards />
      ) : (
        <DataTable<MandateRecord & RaRecord>
          bulkActionButtons={false}
          rowClick={false}
          data-testid="mandate-list"
          empty={<MandateEmpty />}
        >
          <Col source="status" disableSort render={(r) => <MandateStatusChip record={r} />} />
          <Col source="holder" disableSort render={(r) => <MandateHolder record={r} />} />
          <Col source="grantee" disableSort render={(r) => <MandateGrantee record={r} />} />
          <Col source="items" disableSort render={(r) => <MandateScope record={r} />} />
          <Col source="period" disableSort render={(r) => <MandatePeriod record={r} />} />
          <Col source="document" disableSort render={(r) => <MandateDocument record={r} />} />
          <Col source="actions" disableSort render={(r) => <MandateActions record={r} />} />
        </DataTable>
      )}
    </List>
  );
}

function MandateEmpty() {
  const translate = useTranslate();
  return (
    <CardContent>
      <Typography>{translate('goldcard.mandates.empty')}</Typography>
    </CardContent>
  );
}
