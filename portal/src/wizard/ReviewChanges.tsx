import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { Box, Link, Typography } from '@mui/material';
import { formatDate } from '../i18n/dates';
import { useLocale, useMessages, type Locale } from '../i18n/locale';
import type { WizardValuesFieldsFragment } from '../generated/graphql';
import { fieldLabels, reviewMessages } from './review.messages';
import { stepOfField, stepPath, type StepKey, type WizardAmendment } from './steps';

type FieldKey = Exclude<keyof (typeof fieldLabels)['en'], 'male' | 'female'>;

function isFieldKey(field: string): field is FieldKey {
  return field in fieldLabels.en && field !== 'male' && field !== 'female';
}

/** A value as people read it, from the structured values rather than the API's plain text. */
function valueText(
  field: string,
  values: WizardValuesFieldsFragment,
  locale: Locale,
  sexLabel: (sex: string) => string,
): string | undefined {
  switch (field) {
    case 'sex':
      return sexLabel(values.sex);
    case 'passport': {
      const p = values.passport;
      const dates = `${formatDate(p.issueDate, locale)} – ${formatDate(p.expiryDate, locale)}`;
      return [p.number, p.issuingCountry.name, dates].join(locale === 'en' ? ', ' : '，');
    }
    case 'residence': {
      const r = values.residence;
      return `${r.postalCode ?? ''} ${r.city}${r.district}${r.line}`.trim();
    }
    case 'collectionPlaceCode':
      return values.collectionPlace?.name ?? '';
    default:
      return undefined;
  }
}

export interface SummaryRow {
  key: string;
  label: string;
  before: ReactNode;
  after: ReactNode;
  step: StepKey;
}

/** Before → after for every changed value, each with a "change" link to its step. */
export function ReviewChanges({
  amendment,
  uiRows,
}: {
  amendment: WizardAmendment;
  /** The UI-number items, which change no typed value: the NIA assigns the number. */
  uiRows: SummaryRow[];
}) {
  const r = useMessages(reviewMessages);
  const f = useMessages(fieldLabels);
  const { locale } = useLocale();
  const sexLabel = (sex: string) => (sex === 'MALE' ? f('male') : f('female'));
  const rows: SummaryRow[] = [
    ...amendment.changes.map((change) => ({
      key: change.field,
      label: isFieldKey(change.field) ? f(change.field) : change.field,
      before: valueText(change.field, amendment.current, locale, sexLabel) ?? change.before,
      after: valueText(change.field, amendment.requested, locale, sexLabel) ?? change.after,
      step: stepOfField(change.field),
    })),
    ...uiRows,
  ];
  if (rows.length === 0) return <Typography>{r('noChanges')}</Typography>;
  return (
    <Box component="dl" sx={{ m: 0 }} data-testid="review-changes">
      {rows.map((row) => (
        <Box
          key={row.key}
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr auto', md: '150px 1fr 1fr auto' },
            gap: { xs: 0.5, md: 2 },
            py: 1.5,
            borderBottom: '1px solid #d5d9de',
          }}
        >
          <Typography component="dt" sx={{ fontWeight: 700, gridColumn: { xs: '1', md: 'auto' } }}>
            {row.label}
          </Typography>
          <Box
            component="dd"
            sx={{
              m: 0,
              gridColumn: { xs: '1 / -1', md: 'auto' },
              gridRow: { xs: 2, md: 'auto' },
              overflowWrap: 'anywhere',
            }}
          >
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {r('before')}
            </Typography>
            <Typography>{row.before}</Typography>
          </Box>
          <Box
            component="dd"
            sx={{
              m: 0,
              gridColumn: { xs: '1 / -1', md: 'auto' },
              gridRow: { xs: 3, md: 'auto' },
              overflowWrap: 'anywhere',
            }}
          >
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {r('after')}
            </Typography>
            <Typography sx={{ fontWeight: 600 }}>{row.after}</Typography>
          </Box>
          <Box
            component="dd"
            sx={{ m: 0, gridColumn: { xs: '2', md: 'auto' }, gridRow: { xs: 1, md: 'auto' } }}
          >
            <Link
              component={RouterLink}
              to={stepPath(amendment.id, row.step)}
              aria-label={r('changeLabel', { what: row.label })}
            >
              {r('change')}
            </Link>
          </Box>
        </Box>
      ))}
    </Box>
  );
}
