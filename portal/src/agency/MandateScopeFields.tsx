import {
  Box,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import { Controller, useWatch, type Control } from 'react-hook-form';
import type { AmendmentItem } from '../generated/graphql';
import { formatDate } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import { CheckboxGroupField } from './CheckboxGroupField';
import { mandateMessages } from './mandates.messages';

/** What a mandate covers and until when: the part the holder's and the agency's forms share. */
export interface ScopeValues {
  scope: 'all' | 'some';
  items: AmendmentItem[];
  validUntil: string;
}

export const scopeFieldIds = (prefix: string) => ({
  scope: `${prefix}-scope-all`,
  items: `${prefix}-items-first`,
  validUntil: `${prefix}-valid-until`,
});

/**
 * "Everything" or "only these changes" (the checkboxes appear under the second choice), then the
 * last day. `itemLabels` are the API's names of the changes, in the reader's language.
 */
export function MandateScopeFields({
  control,
  itemLabels,
  idPrefix,
  today,
  maxDate,
}: {
  // The forms extend ScopeValues; the controller only touches these three fields.
  control: Control<ScopeValues>;
  itemLabels: { item: AmendmentItem; label: string }[];
  idPrefix: string;
  today: string;
  maxDate: string;
}) {
  const t = useMessages(mandateMessages);
  const { locale } = useLocale();
  const ids = scopeFieldIds(idPrefix);
  const scope = useWatch({ control, name: 'scope' });
  return (
    <>
      <FormControl component="fieldset" sx={{ mb: 2, display: 'block' }}>
        <FormLabel component="legend" sx={{ color: 'text.primary', fontWeight: 600 }}>
          {t('itemsLegend')}
        </FormLabel>
        <Controller
          control={control}
          name="scope"
          render={({ field }) => (
            <RadioGroup {...field}>
              <FormControlLabel
                value="all"
                control={<Radio id={ids.scope} />}
                label={t('itemsAll')}
              />
              <FormControlLabel value="some" control={<Radio />} label={t('itemsSome')} />
            </RadioGroup>
          )}
        />
        {scope === 'some' && (
          <Box sx={{ borderLeft: 4, borderColor: 'divider', pl: 2, ml: 1.5, mt: 1 }}>
            <CheckboxGroupField
              control={control}
              name="items"
              legend={t('itemsSome')}
              options={itemLabels.map(({ item, label }) => ({ value: item, label }))}
              idOf={(_, index) => (index === 0 ? ids.items : undefined)}
              errorId={`${idPrefix}-items-error`}
              nested
            />
          </Box>
        )}
      </FormControl>
      <Controller
        control={control}
        name="validUntil"
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            inputRef={field.ref}
            id={ids.validUntil}
            type="date"
            label={t('validUntilLabel')}
            error={Boolean(fieldState.error)}
            helperText={
              fieldState.error?.message ?? t('validUntilHelp', { max: formatDate(maxDate, locale) })
            }
            slotProps={{
              inputLabel: { shrink: true },
              htmlInput: { min: today, max: maxDate },
            }}
            sx={{ mb: 2, maxWidth: 320, display: 'flex' }}
            fullWidth
          />
        )}
      />
    </>
  );
}
