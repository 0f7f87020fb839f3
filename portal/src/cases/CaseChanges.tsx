import { Box, Typography } from '@mui/material';
import type { AmendmentItem, CasesAmendmentQuery } from '../generated/graphql';
import { formatDate } from '../i18n/dates';
import { useLocale, useMessages, type Locale, type Translate } from '../i18n/locale';
import { highlight } from '../theme';
import { caseMessages } from './case.messages';
import { labelMessages } from './labels.messages';
import { useCaseLabels } from './useCaseLabels';

type Case = CasesAmendmentQuery['amendment'];
type Values = Case['current'];
type LabelKey = keyof (typeof labelMessages)['en'];

const FIELD_LABELS: Record<string, LabelKey> = {
  englishSurname: 'fieldEnglishSurname',
  englishGivenName: 'fieldEnglishGivenName',
  chineseName: 'fieldChineseName',
  sex: 'fieldSex',
  passport: 'fieldPassport',
  residence: 'fieldResidence',
  collectionPlaceCode: 'fieldCollectionPlaceCode',
  email: 'fieldEmail',
  mobile: 'fieldMobile',
};

/** A value in words: codes (sex, service centre, country) by their names, never the code. */
function valueText(
  field: string,
  text: string,
  values: Values,
  l: Translate<LabelKey>,
  locale: Locale,
): string {
  if (field === 'sex') return l(values.sex);
  if (field === 'collectionPlaceCode') return values.collectionPlace?.name ?? l('none');
  if (field === 'passport') {
    const p = values.passport;
    return l('passportText', {
      number: p.number,
      country: p.issuingCountry.name,
      issued: formatDate(p.issueDate, locale),
      expires: formatDate(p.expiryDate, locale),
    });
  }
  return text || l('none');
}

/** What the case changes, before and after; items without a value (a new UI number) by name. */
export function CaseChanges({ amendment }: { amendment: Case }) {
  const t = useMessages(caseMessages);
  const l = useMessages(labelMessages);
  const { locale } = useLocale();
  const { itemLabel } = useCaseLabels();
  const items = (list: readonly AmendmentItem[]) =>
    list.map(itemLabel).join(locale === 'en' ? ', ' : '、');

  if (amendment.changes.length === 0) {
    return <Typography>{t('changesNone', { items: items(amendment.items) })}</Typography>;
  }
  return (
    <Box component="dl" sx={{ m: 0, display: 'grid', gap: 1.5 }}>
      {amendment.changes.map((change) => (
        <Box key={change.field} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
          <Typography component="dt" sx={{ fontWeight: 600 }}>
            {l(FIELD_LABELS[change.field] ?? 'fieldOther')}
          </Typography>
          <Box
            component="dd"
            sx={{
              m: 0,
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
              columnGap: 2,
              overflowWrap: 'anywhere',
            }}
          >
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {t('before')}
            </Typography>
            <Typography variant="body2">
              {valueText(change.field, change.before, amendment.current, l, locale)}
            </Typography>
            <Typography variant="body2" sx={{ color: 'text.secondary', mt: { xs: 0.5, sm: 0 } }}>
              {t('after')}
            </Typography>
            <Typography variant="body2" component="div">
              <Box component="mark" sx={{ ...highlight, px: 0.5, borderRadius: 0.5 }}>
                {valueText(change.field, change.after, amendment.requested, l, locale)}
              </Box>
            </Typography>
          </Box>
        </Box>
      ))}
    </Box>
  );
}
