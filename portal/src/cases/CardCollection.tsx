import { Box, Typography } from '@mui/material';
import type { CasesCentreFieldsFragment } from '../generated/graphql';
import { useMessages } from '../i18n/locale';
import { actionMessages } from './actions.messages';

/**
 * Where to collect the new card, when it is open and what to bring. Addresses the API does not
 * know (null) are not guessed: the page says whom to ask instead.
 */
export function CardCollection({ centre }: { centre?: CasesCentreFieldsFragment | null }) {
  const t = useMessages(actionMessages);
  return (
    <Box>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
          columnGap: 2,
          rowGap: 0.5,
          m: 0,
          mb: 1,
          '& dd': { m: 0, mb: { xs: 1, sm: 0 }, overflowWrap: 'anywhere' },
        }}
      >
        {centre && (
          <>
            <Typography component="dt" sx={{ fontWeight: 600 }}>
              {t('cardWhere')}
            </Typography>
            <Typography component="dd" data-testid="collection-centre">
              {centre.name}
            </Typography>
          </>
        )}
        {centre?.address && (
          <>
            <Typography component="dt" sx={{ fontWeight: 600 }}>
              {t('cardAddress')}
            </Typography>
            <Typography component="dd">{centre.address}</Typography>
          </>
        )}
        {centre?.openingHours && (
          <>
            <Typography component="dt" sx={{ fontWeight: 600 }}>
              {t('cardHours')}
            </Typography>
            <Typography component="dd">{centre.openingHours}</Typography>
          </>
        )}
        <Typography component="dt" sx={{ fontWeight: 600 }}>
          {t('cardBring')}
        </Typography>
        <Box component="dd">
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            <li>{t('bringPassport')}</li>
            <li>{t('bringCard')}</li>
          </Box>
        </Box>
      </Box>
      {(!centre?.address || !centre.openingHours) && (
        <Typography variant="body2">{t('cardUnknown')}</Typography>
      )}
    </Box>
  );
}
