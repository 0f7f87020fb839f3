import { useQuery } from '@apollo/client';
import {
  Alert,
  Box,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Typography,
} from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import type { AmendmentItem } from '../generated/graphql';
import { useLocale, useMessages } from '../i18n/locale';
import { StepForm, type StepNav } from './StepForm';
import type { WizardAmendment } from './steps';
import { useStepForm } from './useStepForm';
import { WizardRequirementsQuery } from './wizard.graphql';
import { wizardMessages } from './wizard.messages';

interface ItemsValues {
  items: AmendmentItem[];
}

/** The seed's tabs, and the items each holds. */
const GROUPS = [
  { legend: 'itemsGroupBasic', items: ['NAME', 'SEX', 'EMAIL', 'MOBILE'] },
  { legend: 'itemsGroupPassport', items: ['PASSPORT'] },
  { legend: 'itemsGroupResidence', items: ['RESIDENCE_ADDRESS', 'COLLECTION_PLACE'] },
  { legend: 'itemsGroupUiNumber', items: ['UI_NUMBER_NEW_FORMAT', 'UI_NUMBER_PERSONAL_REASON'] },
] as const satisfies readonly { legend: string; items: readonly AmendmentItem[] }[];

/**
 * "What changes": the items, grouped as the seed's tabs, each with its fee and documents (from
 * `amendmentRequirements`, in the user's language). A change of selection is saved at once, and
 * the stepper shows the steps it unlocks.
 */
export function ItemsStep({ amendment, nav }: { amendment: WizardAmendment; nav: StepNav }) {
  const w = useMessages(wizardMessages);
  const { locale } = useLocale();
  const requirements = useQuery(WizardRequirementsQuery);
  const { form, autosave, problems } = useStepForm<ItemsValues>({
    amendment,
    step: 'items',
    defaults: { items: [...amendment.items] },
    fields: [{ name: 'items', id: 'items-groups' }],
    toInput: (values) => ({ items: values.items }),
    fieldOf: (path) => (path.startsWith('items') ? 'items' : undefined),
  });
  const selected = form.watch('items');
  const error = form.formState.errors.items?.message;
  const forbidden = autosave.state.kind === 'failed' && autosave.state.error.code === 'FORBIDDEN';

  const toggle = (item: AmendmentItem, on: boolean) => {
    const next = on ? [...selected, item] : selected.filter((i) => i !== item);
    form.setValue('items', next, { shouldDirty: true });
    form.clearErrors('items');
    void autosave.save('auto');
  };
  const validate = () => {
    if (form.getValues('items').length > 0) return true;
    form.setError('items', { type: 'required', message: w('itemsRequired') });
    return false;
  };

  const byItem = new Map(requirements.data?.amendmentRequirements.map((r) => [r.item, r]));
  return (
    <StepForm
      amendment={amendment}
      nav={nav}
      autosave={autosave}
      validate={validate}
      problems={problems}
    >
      <Typography>{w('itemsIntro')}</Typography>
      {forbidden && <Alert severity="error">{w('itemsForbidden')}</Alert>}
      <ErrorAlert error={requirements.error} onRetry={() => void requirements.refetch()} />
      {!requirements.data && requirements.loading && <Loading />}
      <Box id="items-groups" sx={{ display: 'grid', gap: 3 }}>
        {error && (
          <FormHelperText error sx={{ fontSize: '1rem', fontWeight: 600 }} id="items-error">
            {error}
          </FormHelperText>
        )}
        {GROUPS.map((group) => (
          <FormControl key={group.legend} component="fieldset" error={Boolean(error)}>
            <FormLabel component="legend" sx={{ color: 'text.primary', fontWeight: 700, mb: 1 }}>
              {w(group.legend)}
            </FormLabel>
            {group.items.map((item) => {
              const requirement = byItem.get(item);
              if (!requirement) return null;
              const descriptionId = `item-${item}-about`;
              const documents = requirement.documents
                .map((d) => d.label)
                .join(locale === 'en' ? ', ' : '、');
              return (
                <Box key={item} sx={{ mb: 1.5 }}>
                  <FormControlLabel
                    label={requirement.label}
                    control={
                      <Checkbox
                        id={`item-${item}`}
                        checked={selected.includes(item)}
                        onChange={(e) => toggle(item, e.target.checked)}
                        slotProps={{
                          input: {
                            'aria-describedby': error
                              ? `${descriptionId} items-error`
                              : descriptionId,
                          },
                        }}
                      />
                    }
                  />
                  <Box
                    id={descriptionId}
                    sx={{
                      pl: 4,
                      color: 'text.secondary',
                      fontSize: '0.875rem',
                      overflowWrap: 'anywhere',
                    }}
                  >
                    <div>{w('itemFee', { explanation: requirement.fee.explanation })}</div>
                    <div>
                      {documents ? w('itemDocuments', { documents }) : w('itemNoDocuments')}
                    </div>
                  </Box>
                </Box>
              );
            })}
          </FormControl>
        ))}
      </Box>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {w('itemsUntickNote')}
      </Typography>
    </StepForm>
  );
}
