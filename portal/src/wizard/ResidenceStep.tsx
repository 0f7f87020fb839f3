import { useEffect } from 'react';
import { useQuery } from '@apollo/client';
import { Alert, AlertTitle, Box, Typography } from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import type { SaveAmendmentDraftInput } from '../generated/graphql';
import { useLocale, useMessages } from '../i18n/locale';
import { fieldMessages } from './fields.messages';
import { StepForm, type StepNav } from './StepForm';
import type { WizardAmendment } from './steps';
import { useStepForm } from './useStepForm';
import { WizardCitiesQuery, WizardCollectionPlacesQuery } from './wizard.graphql';
import { WizardTextField } from './WizardTextField';

interface ResidenceValues {
  city: string;
  district: string;
  line: string;
  collectionPlace: string;
}

const FIELDS = [
  { name: 'city', id: 'residence-city' },
  { name: 'district', id: 'residence-district' },
  { name: 'line', id: 'residence-line' },
  { name: 'collectionPlace', id: 'collection-place' },
] as const;

const API_FIELDS: Record<string, keyof ResidenceValues> = {
  residence: 'line',
  'residence.city': 'city',
  'residence.district': 'district',
  'residence.line': 'line',
  collectionPlace: 'collectionPlace',
};

/**
 * The residence tab: the address in Taiwan (city → district → postal code from `taiwanCities`,
 * the rest in Traditional Chinese) and where to collect the new card.
 */
export function ResidenceStep({ amendment, nav }: { amendment: WizardAmendment; nav: StepNav }) {
  const t = useMessages(fieldMessages);
  const { locale } = useLocale();
  const cities = useQuery(WizardCitiesQuery);
  const places = useQuery(WizardCollectionPlacesQuery);
  const address = amendment.items.includes('RESIDENCE_ADDRESS');
  const collection = address || amendment.items.includes('COLLECTION_PLACE');
  const { requested, current } = amendment;
  const toInput = (v: ResidenceValues): SaveAmendmentDraftInput => ({
    ...(address ? { residence: { city: v.city, district: v.district, line: v.line } } : {}),
    ...(collection && v.collectionPlace ? { collectionPlace: v.collectionPlace } : {}),
  });
  const { form, autosave, problems } = useStepForm<ResidenceValues>({
    amendment,
    step: 'residence',
    defaults: {
      city: requested.residence.city,
      district: requested.residence.district,
      line: requested.residence.line,
      collectionPlace: requested.collectionPlaceCode ?? '',
    },
    fields: FIELDS,
    toInput,
    complete: (v) => !address || Boolean(v.city && v.district && v.line.trim()),
    fieldOf: (path) => API_FIELDS[path],
  });
  const { control, watch, setValue, getValues } = form;
  const cityList = cities.data?.taiwanCities ?? [];
  const city = cityList.find((c) => c.nameZhTw === watch('city'));
  const district = city?.districts.find((d) => d.nameZhTw === watch('district'));
  // Another city: its districts are others, so the district is chosen again.
  useEffect(() => {
    if (city && !city.districts.some((d) => d.nameZhTw === getValues('district'))) {
      setValue('district', '', { shouldDirty: true });
    }
  }, [city, getValues, setValue]);
  const bilingual = (name: string, zh: string) =>
    locale === 'en' && name !== zh ? `${name} ${zh}` : zh;
  const currentAddress =
    `${current.residence.postalCode ?? ''} ${current.residence.city}${current.residence.district}${current.residence.line}`.trim();

  return (
    <StepForm amendment={amendment} nav={nav} autosave={autosave} problems={problems}>
      <ErrorAlert error={cities.error ?? places.error} onRetry={() => void cities.refetch()} />
      {address && (
        <>
          <Typography>{t('residenceIntro')}</Typography>
          <Alert severity="warning" data-testid="residence-deadline">
            <AlertTitle component="h2" sx={{ fontSize: '1.05rem' }}>
              {t('deadlineTitle')}
            </AlertTitle>
            {t('deadlineBody')}
          </Alert>
          <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
            <WizardTextField
              control={control}
              name="city"
              id="residence-city"
              select
              label={t('city')}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            >
              <option value="">{t('chooseCity')}</option>
              {cityList.map((c) => (
                <option key={c.code} value={c.nameZhTw}>
                  {bilingual(c.name, c.nameZhTw)}
                </option>
              ))}
            </WizardTextField>
            <WizardTextField
              control={control}
              name="district"
              id="residence-district"
              select
              label={t('district')}
              hint={
                district
                  ? t('postalCode', { code: district.postalCode })
                  : !city
                    ? t('chooseCityFirst')
                    : undefined
              }
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            >
              <option value="">{t('chooseDistrict')}</option>
              {(city?.districts ?? []).map((d) => (
                <option key={d.nameZhTw} value={d.nameZhTw}>
                  {bilingual(d.name, d.nameZhTw)}
                </option>
              ))}
            </WizardTextField>
          </Box>
          <WizardTextField
            control={control}
            name="line"
            id="residence-line"
            label={t('line')}
            hint={t('lineHint')}
            current={currentAddress}
            autoComplete="off"
            slotProps={{ htmlInput: { maxLength: 200, lang: 'zh-Hant-TW' } }}
          />
        </>
      )}
      {collection && (
        <Box
          component="section"
          aria-labelledby="collection-title"
          sx={{ display: 'grid', gap: 2 }}
        >
          <Typography id="collection-title" component="h2" variant="h6">
            {t('collectionTitle')}
          </Typography>
          <Typography>{t('collectionIntro')}</Typography>
          <WizardTextField
            control={control}
            name="collectionPlace"
            id="collection-place"
            select
            label={t('collectionPlace')}
            current={current.collectionPlace?.name ?? ''}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          >
            <option value="">{t('choosePlace')}</option>
            {(places.data?.collectionPlaces ?? []).map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </WizardTextField>
        </Box>
      )}
    </StepForm>
  );
}
