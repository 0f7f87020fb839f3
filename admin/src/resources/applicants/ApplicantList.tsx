import type { MouseEvent } from 'react';
import { useMediaQuery, useTheme } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import {
  AutocompleteInput,
  DataTable,
  Link,
  List,
  SimpleList,
  TextInput,
  useCreatePath,
  useDataProvider,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import type { ApplicantListQuery } from '../../generated/graphql';
import type { GoldcardDataProvider } from '../../dataProvider';
import { formatDate, holderName } from '../../format';

type Row = ApplicantListQuery['applicants']['items'][number];

function NationalityInput(props: { source: string; label?: string }) {
  const dataProvider = useDataProvider<GoldcardDataProvider>();
  const [locale] = useLocaleState();
  const countries = useQuery({
    queryKey: ['countries', locale],
    queryFn: () => dataProvider.countries(),
    staleTime: Infinity,
  });
  const choices = (countries.data ?? []).map((c) => ({
    id: c.code,
    name: `${c.name} (${c.code})`,
  }));
  return (
    <AutocompleteInput
      source={props.source}
      choices={choices}
      translateChoice={false}
      isPending={countries.isPending}
      sx={{ minWidth: { sm: 240 } }}
    />
  );
}

const filters = [
  <TextInput
    key="q"
    source="q"
    label="goldcard.applicants.search"
    alwaysOn
    resettable
    sx={{ minWidth: { sm: 340 } }}
  />,
  <TextInput key="passportNumber" source="passportNumber" />,
  <NationalityInput key="nationality" source="nationality" />,
];

function UiNumberLink({ record }: { record: Row }) {
  const createPath = useCreatePath();
  return (
    <Link
      to={createPath({ resource: 'applicants', type: 'show', id: record.id })}
      onClick={(e: MouseEvent) => e.stopPropagation()}
      sx={{ fontWeight: 'bold', fontVariantNumeric: 'tabular-nums' }}
    >
      {record.uiNumber}
    </Link>
  );
}

function CardValidity({ record }: { record: Row }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return record.currentCard ? (
    <span>{formatDate(record.currentCard.validUntil, locale)}</span>
  ) : (
    <span>{translate('goldcard.applicants.no_card')}</span>
  );
}

function BirthDate({ record }: { record: Row }) {
  const [locale] = useLocaleState();
  return <span style={{ whiteSpace: 'nowrap' }}>{formatDate(record.birthDate, locale)}</span>;
}

const Col = DataTable.Col<Row>;

/** At phone width each holder is a card, so that nothing scrolls sideways. */
function ApplicantCards() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <SimpleList<Row>
      linkType="show"
      data-testid="applicant-list"
      primaryText={(r) => holderName(r)}
      secondaryText={(r) =>
        `${r.uiNumber} · ${formatDate(r.birthDate, locale)} · ${r.nationality.name}`
      }
      tertiaryText={(r) =>
        r.currentCard
          ? formatDate(r.currentCard.validUntil, locale)
          : translate('goldcard.applicants.no_card')
      }
    />
  );
}

/** Holder search: UI number (current or earlier), name, passport number, nationality. */
export function ApplicantList() {
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('md'));
  return (
    <List
      filters={filters}
      exporter={false}
      empty={false}
      perPage={25}
      sort={{ field: 'englishSurname', order: 'ASC' }}
    >
      {narrow ? (
        <ApplicantCards />
      ) : (
        <DataTable<Row> rowClick="show" bulkActionButtons={false} data-testid="applicant-list">
          <Col source="uiNumber" disableSort render={(r) => <UiNumberLink record={r} />} />
          <Col source="englishSurname" disableSort />
          <Col source="englishGivenName" disableSort />
          <Col source="chineseName" disableSort />
          <Col source="birthDate" disableSort render={(r) => <BirthDate record={r} />} />
          <Col source="nationality" disableSort render={(r) => r.nationality.name} />
          <Col source="currentCard" disableSort render={(r) => <CardValidity record={r} />} />
        </DataTable>
      )}
    </List>
  );
}
