import { Chip } from '@mui/material';
import {
  CreateButton,
  DataTable,
  List,
  TopToolbar,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import type { StaffAccountFieldsFragment } from '../../generated/graphql';
import { formatDateTime } from '../../format';

const Actions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

function Role({ record }: { record: StaffAccountFieldsFragment }) {
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

function When({ value }: { value?: string | null }) {
  const [locale] = useLocaleState();
  return <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(value, locale) || '—'}</span>;
}

const Col = DataTable.Col<StaffAccountFieldsFragment>;

/** Supervisors: officer and supervisor accounts. */
export function StaffAccountList() {
  const translate = useTranslate();
  return (
    <List actions={<Actions />} exporter={false} empty={false} perPage={25}>
      <DataTable<StaffAccountFieldsFragment> bulkActionButtons={false} data-testid="staff-list">
        <Col source="accountName" disableSort />
        <Col source="displayName" disableSort />
        <Col source="email" disableSort />
        <Col source="role" disableSort render={(r) => <Role record={r} />} />
        <Col
          source="emailVerified"
          disableSort
          render={(r) =>
            translate(r.emailVerified ? 'goldcard.boolean.yes' : 'goldcard.boolean.no')
          }
        />
        <Col
          source="passwordExpiresAt"
          disableSort
          render={(r) => <When value={r.passwordExpiresAt} />}
        />
      </DataTable>
    </List>
  );
}
