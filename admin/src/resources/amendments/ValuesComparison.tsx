import {
  Box,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type {
  AmendmentDetailFragment,
  AmendmentValuesFragment,
  Sex,
} from '../../generated/graphql';
import { ScrollFrame } from '../../layout/ScrollFrame';
import { formatAddress, formatDate } from '../../format';
import { highlight } from '../../theme';

interface Row {
  /** i18n key under goldcard.amendments.fields and the `changes[].field` names it covers. */
  key: string;
  changeFields: string[];
  value: (
    values: AmendmentValuesFragment,
    translate: (key: string) => string,
    locale: string,
  ) => string;
}

const sexLabel = (sex: Sex, translate: (key: string) => string) => translate(`goldcard.sex.${sex}`);

const ROWS: Row[] = [
  {
    key: 'englishSurname',
    changeFields: ['englishSurname', 'name'],
    value: (v) => v.englishSurname,
  },
  {
    key: 'englishGivenName',
    changeFields: ['englishGivenName', 'name'],
    value: (v) => v.englishGivenName,
  },
  { key: 'chineseName', changeFields: ['chineseName', 'name'], value: (v) => v.chineseName ?? '' },
  { key: 'sex', changeFields: ['sex'], value: (v, t) => sexLabel(v.sex, t) },
  { key: 'email', changeFields: ['email'], value: (v) => v.email },
  { key: 'mobile', changeFields: ['mobile'], value: (v) => v.mobile ?? '' },
  {
    key: 'residence',
    changeFields: ['residence', 'residenceAddress', 'address'],
    value: (v) => formatAddress(v.residence),
  },
  {
    key: 'passportNumber',
    changeFields: ['passport', 'passportNumber', 'passport.number'],
    value: (v) => v.passport.number,
  },
  {
    key: 'passportIssuingCountry',
    changeFields: ['passport.issuingCountry', 'passportIssuingCountry'],
    value: (v) => v.passport.issuingCountry.name,
  },
  {
    key: 'passportIssueDate',
    changeFields: ['passport.issueDate', 'passportIssueDate'],
    value: (v, _t, locale) => formatDate(v.passport.issueDate, locale),
  },
  {
    key: 'passportExpiryDate',
    changeFields: ['passport.expiryDate', 'passportExpiryDate'],
    value: (v, _t, locale) => formatDate(v.passport.expiryDate, locale),
  },
  {
    key: 'collectionPlace',
    changeFields: ['collectionPlace', 'collectionPlaceCode'],
    value: (v) => v.collectionPlace?.name ?? v.collectionPlaceCode ?? '',
  },
];

const covers = (row: Row, field: string) =>
  row.changeFields.includes(field) || row.key === field || field.startsWith(`${row.key}.`);

/**
 * Registered data beside the requested data. A row is marked changed when the API lists it in
 * `changes` or when its values differ; changes the table has no row for are appended as is.
 */
export function ValuesComparison(props: {
  current: AmendmentValuesFragment;
  requested: AmendmentValuesFragment;
  changes: AmendmentDetailFragment['changes'];
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const rows = ROWS.map((row) => {
    const before = row.value(props.current, translate, locale);
    const after = row.value(props.requested, translate, locale);
    // Listed by exactly this row's name (a broad "name" or "passport" entry marks nothing alone).
    const listed = props.changes.some(
      (c) => c.field === row.key || c.field.startsWith(`${row.key}.`),
    );
    const label = translate(`goldcard.amendments.fields.${row.key}`);
    return { key: row.key, label, before, after, changed: before !== after || listed };
  });
  const extra = props.changes.filter((c) => !ROWS.some((row) => covers(row, c.field)));
  const anyChange = rows.some((r) => r.changed) || extra.length > 0;

  // Under the row's name (a column of its own would squeeze the values in a split pane).
  const changedChip = (
    <Chip
      size="small"
      color="warning"
      label={translate('goldcard.amendments.comparison.changed')}
      sx={{ display: 'flex', width: 'fit-content', mt: 0.5, fontWeight: 'normal' }}
    />
  );

  const cell = (text: string, changed: boolean) =>
    changed ? (
      <Box component="mark" sx={{ ...highlight, px: 0.5, borderRadius: 0.5 }}>
        {text || '—'}
      </Box>
    ) : (
      text || '—'
    );

  return (
    <ScrollFrame label={translate('goldcard.amendments.sections.comparison')}>
      <Table
        size="small"
        data-testid="values-comparison"
        sx={{
          // Labels keep whole words (never one character per line); values break between words.
          '& th': { whiteSpace: 'nowrap', wordBreak: 'keep-all' },
          '& td': { overflowWrap: 'break-word' },
          // An email address has no spaces to break at.
          '& td[data-break="anywhere"]': { overflowWrap: 'anywhere' },
        }}
      >
        <caption style={{ captionSide: 'top', textAlign: 'left', padding: '0 0 8px' }}>
          {translate('goldcard.amendments.comparison.caption')}
        </caption>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {translate('goldcard.amendments.comparison.field')}
            </TableCell>
            <TableCell component="th" scope="col">
              {translate('goldcard.amendments.comparison.current')}
            </TableCell>
            <TableCell component="th" scope="col">
              {translate('goldcard.amendments.comparison.requested')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow
              key={row.key}
              data-field={row.key}
              data-changed={row.changed ? 'true' : 'false'}
              selected={row.changed}
            >
              <TableCell
                component="th"
                scope="row"
                sx={{ fontWeight: row.changed ? 'bold' : undefined }}
              >
                {row.label}
                {row.changed && changedChip}
              </TableCell>
              <TableCell data-break={row.key === 'email' ? 'anywhere' : undefined}>
                {row.before || '—'}
              </TableCell>
              <TableCell data-break={row.key === 'email' ? 'anywhere' : undefined}>
                {cell(row.after, row.changed)}
              </TableCell>
            </TableRow>
          ))}
          {extra.map((change) => (
            <TableRow
              key={`extra-${change.field}`}
              data-field={change.field}
              data-changed="true"
              selected
            >
              <TableCell component="th" scope="row" sx={{ fontWeight: 'bold' }}>
                {translate('goldcard.amendments.comparison.other', { field: change.field })}
                {changedChip}
              </TableCell>
              <TableCell>{change.before || '—'}</TableCell>
              <TableCell>{cell(change.after, true)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {!anyChange && (
        <Typography sx={{ mt: 1 }} color="text.secondary">
          {translate('goldcard.amendments.comparison.none')}
        </Typography>
      )}
    </ScrollFrame>
  );
}
