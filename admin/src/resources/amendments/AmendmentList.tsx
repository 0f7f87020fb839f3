import type { MouseEvent } from 'react';
import { Box, Chip, Stack, Typography, useMediaQuery, useTheme } from '@mui/material';
import {
  BooleanInput,
  DataTable,
  DateInput,
  FilterButton,
  Link,
  List,
  SelectArrayInput,
  SelectInput,
  SimpleList,
  TextInput,
  type TextInputProps,
  TopToolbar,
  useCreatePath,
  useGetIdentity,
  useListContext,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import type { AmendmentRowFragment } from '../../generated/graphql';
import { AMENDMENT_ITEMS, AMENDMENT_STATUSES, ASSIGNMENTS, choices } from '../../enums';
import { formatDateTime, holderName } from '../../format';
import { StatusChip } from './StatusChip';
import { activeTab, bulkActionsFor } from './savedFilters';
import { BulkResultProvider, CaseBulkActions } from './BulkActions';
import { CaseExportButton } from './CaseExportButton';
import { QueueTabs } from './QueueTabs';

/**
 * The one search box, with what it finds written under it (react-admin's filter form hides
 * helper texts, so the hint is a caption of its own, tied to the box by aria-describedby).
 */
function CaseSearchInput(props: TextInputProps) {
  const translate = useTranslate();
  return (
    <Stack sx={{ width: { xs: 'calc(100vw - 48px)', sm: 440 }, maxWidth: '100%' }}>
      <TextInput
        {...props}
        helperText={false}
        fullWidth
        slotProps={{ htmlInput: { 'aria-describedby': 'case-search-hint' } }}
      />
      <Typography
        component="p"
        variant="caption"
        color="text.secondary"
        id="case-search-hint"
        sx={{ mt: 0.5 }}
      >
        {translate('goldcard.caseSearch.hint')}
      </Typography>
    </Stack>
  );
}

const filters = [
  <CaseSearchInput
    key="search"
    source="search"
    label="goldcard.caseSearch.label"
    alwaysOn
    resettable
  />,
  <SelectArrayInput key="status" source="status" choices={choices('status', AMENDMENT_STATUSES)} />,
  <SelectInput key="item" source="item" choices={choices('item', AMENDMENT_ITEMS)} />,
  <SelectInput key="assignment" source="assignment" choices={choices('assignment', ASSIGNMENTS)} />,
  <DateInput key="submittedFrom" source="submittedFrom" />,
  <DateInput key="submittedTo" source="submittedTo" />,
  <BooleanInput key="overdue" source="overdue" />,
];

function ApplicationNumber({ record }: { record: AmendmentRowFragment }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <Stack sx={{ alignItems: 'center' }} direction="row" spacing={1}>
      <Link
        to={createPath({ resource: 'amendments', type: 'show', id: record.id })}
        onClick={(e: MouseEvent) => e.stopPropagation()}
        // One line: an application number read across a break (GC2026- / 0000005) is misread.
        sx={{ fontWeight: 'bold', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
      >
        {record.applicationNumber ?? translate('goldcard.amendments.draft')}
      </Link>
      {record.overdue && (
        <Chip size="small" color="error" label={translate('goldcard.amendments.overdue')} />
      )}
    </Stack>
  );
}

function Holder({ record }: { record: AmendmentRowFragment }) {
  return (
    <Box>
      <Typography variant="body2">{holderName(record.applicant)}</Typography>
      <Typography
        variant="caption"
        color="text.secondary"
        sx={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {record.applicant.uiNumber}
      </Typography>
    </Box>
  );
}

function Items({ record }: { record: AmendmentRowFragment }) {
  const translate = useTranslate();
  return (
    <Stack sx={{ flexWrap: 'wrap' }} direction="row" spacing={0.5} useFlexGap>
      {record.items.map((item) => (
        <Chip
          key={item}
          size="small"
          variant="outlined"
          label={translate(`goldcard.item.${item}`)}
        />
      ))}
    </Stack>
  );
}

function Officer({ record }: { record: AmendmentRowFragment }) {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  if (!record.assignedOfficer) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('goldcard.amendments.unassigned')}
      </Typography>
    );
  }
  const name = record.assignedOfficer.displayName;
  return (
    <Typography variant="body2">
      {record.assignedOfficer.id === identity?.id
        ? translate('goldcard.amendments.you', { name })
        : name}
    </Typography>
  );
}

function When({ value }: { value?: string | null }) {
  const [locale] = useLocaleState();
  return <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(value, locale)}</span>;
}

const Col = DataTable.Col<AmendmentRowFragment>;

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CaseExportButton />
  </TopToolbar>
);

/** The table, with the bulk actions of the current tab (none where none fits). */
function CaseTable() {
  const list = useListContext();
  const actions = bulkActionsFor(activeTab(list.filterValues as Record<string, unknown>));
  return (
    <DataTable<AmendmentRowFragment>
      rowClick="show"
      bulkActionButtons={actions.length > 0 ? <CaseBulkActions actions={actions} /> : false}
      data-testid="amendment-list"
    >
      <Col source="applicationNumber" render={(r) => <ApplicationNumber record={r} />} />
      <Col source="holder" disableSort render={(r) => <Holder record={r} />} />
      <Col source="items" disableSort render={(r) => <Items record={r} />} />
      <Col source="status" render={(r) => <StatusChip status={r.status} />} />
      <Col source="submittedAt" render={(r) => <When value={r.submittedAt} />} />
      <Col source="assignedOfficer" disableSort render={(r) => <Officer record={r} />} />
      <Col source="updatedAt" render={(r) => <When value={r.updatedAt} />} />
    </DataTable>
  );
}

/** A phone-width row: number and status, holder, items and when, without columns. */
function CaseCards() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <SimpleList<AmendmentRowFragment>
      linkType="show"
      data-testid="amendment-list"
      primaryText={(r) => (
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ alignItems: 'center', flexWrap: 'wrap' }}
        >
          <Box component="span" sx={{ fontWeight: 'bold', fontVariantNumeric: 'tabular-nums' }}>
            {r.applicationNumber ?? translate('goldcard.amendments.draft')}
          </Box>
          <StatusChip status={r.status} />
          {r.overdue && (
            <Chip size="small" color="error" label={translate('goldcard.amendments.overdue')} />
          )}
        </Stack>
      )}
      secondaryText={(r) => (
        <>
          <Box component="span" sx={{ display: 'block' }}>
            {holderName(r.applicant)} {r.applicant.uiNumber}
          </Box>
          <Box component="span" sx={{ display: 'block' }}>
            {r.items
              .map((item) => translate(`goldcard.item.${item}`))
              .join(locale.startsWith('zh') ? '、' : ', ')}
          </Box>
          {formatDateTime(r.submittedAt, locale)}
        </>
      )}
    />
  );
}

/**
 * The officers' case list: work-queue tabs with counts, one search box and filters, sortable
 * columns, bulk actions, CSV export, pagination. Below the `md` breakpoint each case is a card
 * (react-admin's SimpleList) so that nothing scrolls sideways; bulk actions need the table.
 */
export function AmendmentList() {
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('md'));
  return (
    <BulkResultProvider>
      <List
        filters={filters}
        actions={<ListActions />}
        sort={{ field: 'submittedAt', order: 'DESC' }}
        perPage={25}
        exporter={false}
        empty={false}
        // The list's frame may be narrower than its content: the tabs and tables scroll inside it.
        sx={{ '& .RaList-main': { minWidth: 0 } }}
      >
        <QueueTabs />
        {narrow ? <CaseCards /> : <CaseTable />}
      </List>
    </BulkResultProvider>
  );
}
