import { Box, Stack, useMediaQuery, useTheme } from '@mui/material';
import PriorityHighIcon from '@mui/icons-material/PriorityHigh';
import {
  CreateButton,
  DataTable,
  Link,
  List,
  SelectInput,
  SimpleList,
  TopToolbar,
  useCreatePath,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import type { AnnouncementRecord } from '../../dataProvider';
import { choices } from '../../enums';
import { formatDateTime } from '../../format';
import { AnnouncementStatusChip } from './AnnouncementStatusChip';
import { ANNOUNCEMENT_STATUSES } from './input';

const filters = [
  <SelectInput
    key="status"
    source="status"
    choices={choices('announcementStatus', ANNOUNCEMENT_STATUSES)}
    alwaysOn
    resettable
  />,
];

const Actions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

function When({ value }: { value?: string | null }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {value ? formatDateTime(value, locale) : translate('goldcard.announcements.no_end')}
    </span>
  );
}

/** The title (in the console's language) as the way into the notice: rows are not clickable. */
function Title({ record }: { record: AnnouncementRecord }) {
  const createPath = useCreatePath();
  return (
    <Link to={createPath({ resource: 'announcements', type: 'edit', id: record.id })}>
      {record.title}
    </Link>
  );
}

function Important({ record }: { record: AnnouncementRecord }) {
  const translate = useTranslate();
  if (!record.important) return <span>{translate('goldcard.boolean.no')}</span>;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      <PriorityHighIcon fontSize="small" aria-hidden sx={{ color: 'warning.main' }} />
      {translate('goldcard.announcements.important')}
    </Box>
  );
}

const Col = DataTable.Col<AnnouncementRecord>;

/** At phone width each notice is a card, so that nothing scrolls sideways. */
function AnnouncementCards() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <SimpleList<AnnouncementRecord>
      linkType="edit"
      data-testid="announcement-list"
      primaryText={(r) => r.title}
      secondaryText={(r) => (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 0.5 }}>
          <AnnouncementStatusChip status={r.status} />
          {r.important && <Important record={r} />}
        </Stack>
      )}
      tertiaryText={(r) =>
        `${r.publishFrom ? formatDateTime(r.publishFrom, locale) : ''} – ${
          r.publishUntil
            ? formatDateTime(r.publishUntil, locale)
            : translate('goldcard.announcements.no_end')
        }`
      }
    />
  );
}

/** Supervisors: every notice of the bulletin board, any status, newest first. */
export function AnnouncementList() {
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('md'));
  return (
    <List actions={<Actions />} filters={filters} exporter={false} empty={false} perPage={25}>
      {narrow ? (
        <AnnouncementCards />
      ) : (
        <DataTable<AnnouncementRecord> bulkActionButtons={false} data-testid="announcement-list">
          <Col
            source="status"
            disableSort
            render={(r) => <AnnouncementStatusChip status={r.status} />}
          />
          <Col source="title" disableSort render={(r) => <Title record={r} />} />
          <Col source="issuingUnit" disableSort />
          <Col source="important" disableSort render={(r) => <Important record={r} />} />
          <Col source="publishFrom" disableSort render={(r) => <When value={r.publishFrom} />} />
          <Col source="publishUntil" disableSort render={(r) => <When value={r.publishUntil} />} />
        </DataTable>
      )}
    </List>
  );
}
