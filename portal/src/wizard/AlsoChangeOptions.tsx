import {
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
} from '@mui/material';
import type { AmendmentItem } from '../generated/graphql';
import { useMessages } from '../i18n/locale';
import { startMessages } from './start.messages';

/** The seed's four "also change" boxes on the way in (seed step 9). */
export type AlsoChange = 'passport' | 'newFormat' | 'personalReason' | 'contact';

const OPTIONS: {
  key: AlsoChange;
  label: 'alsoPassport' | 'alsoNewFormat' | 'alsoPersonalReason' | 'alsoContact';
  items: AmendmentItem[];
}[] = [
  { key: 'passport', label: 'alsoPassport', items: ['PASSPORT'] },
  { key: 'newFormat', label: 'alsoNewFormat', items: ['UI_NUMBER_NEW_FORMAT'] },
  { key: 'personalReason', label: 'alsoPersonalReason', items: ['UI_NUMBER_PERSONAL_REASON'] },
  // "Only email or mobile": both are selected; the next step lets the filer untick one.
  { key: 'contact', label: 'alsoContact', items: ['EMAIL', 'MOBILE'] },
];

/** The first selection of what changes, as `startAmendment`'s `alsoChange`. */
export function itemsOf(also: readonly AlsoChange[]): AmendmentItem[] {
  return OPTIONS.filter((o) => also.includes(o.key)).flatMap((o) => o.items);
}

export function AlsoChangeOptions({
  value,
  onChange,
}: {
  value: AlsoChange[];
  onChange: (next: AlsoChange[]) => void;
}) {
  const t = useMessages(startMessages);
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend" sx={{ color: 'text.primary', fontWeight: 600 }}>
        {t('alsoChangeLegend')}
      </FormLabel>
      <FormHelperText id="also-change-hint" sx={{ ml: 0 }}>
        {t('alsoChangeHint')}
      </FormHelperText>
      <FormGroup aria-describedby="also-change-hint">
        {OPTIONS.map((option) => (
          <FormControlLabel
            key={option.key}
            label={t(option.label)}
            control={
              <Checkbox
                name={`also-${option.key}`}
                checked={value.includes(option.key)}
                onChange={(e) =>
                  onChange(
                    e.target.checked
                      ? [...value, option.key]
                      : value.filter((k) => k !== option.key),
                  )
                }
              />
            }
          />
        ))}
      </FormGroup>
    </FormControl>
  );
}
