import { MenuItem, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { GoldcardDataProvider } from '../../dataProvider';
import type { DecisionReasonKind } from '../../generated/graphql';

/** The standard reasons of one kind (`decisionReasons`), in the console's language. */
export function useDecisionReasons(kind: DecisionReasonKind) {
  const dataProvider = useDataProvider<GoldcardDataProvider>();
  const [locale] = useLocaleState();
  const { data = [] } = useQuery({
    queryKey: ['decisionReasons', kind, locale],
    queryFn: () => dataProvider.decisionReasons(kind),
    staleTime: 10 * 60_000,
  });
  return data;
}

/**
 * A standard reason from the list, or none: the officer picks by its short label and reads,
 * under the list, the text the filer will get.
 */
export function ReasonSelect(props: {
  id: string;
  kind: DecisionReasonKind;
  value: string;
  onChange: (code: string) => void;
  error?: string;
}) {
  const translate = useTranslate();
  const reasons = useDecisionReasons(props.kind);
  const chosen = reasons.find((r) => r.code === props.value);
  return (
    <TextField
      id={props.id}
      select
      label={translate('goldcard.reasons.label')}
      // A kept code the list no longer has (or not yet loaded) shows as none.
      value={chosen ? chosen.code : ''}
      onChange={(e) => props.onChange(e.target.value)}
      fullWidth
      sx={{ mt: 1, mb: 2 }}
      error={Boolean(props.error)}
      helperText={
        props.error ??
        (chosen ? translate('goldcard.reasons.filer_reads', { text: chosen.text }) : undefined)
      }
      slotProps={{ formHelperText: { sx: { whiteSpace: 'pre-wrap' } } }}
      data-testid={`${props.id}-field`}
    >
      <MenuItem value="">
        <em>{translate('goldcard.reasons.none')}</em>
      </MenuItem>
      {reasons.map((reason) => (
        <MenuItem key={reason.code} value={reason.code}>
          {reason.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
