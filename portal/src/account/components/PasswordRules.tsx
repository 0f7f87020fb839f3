import { Box, Typography } from '@mui/material';
import { useMessages } from '../../i18n/locale';
import { useAccountPolicy } from '../policy';
import { accountShared } from '../shared.messages';

/** The password rule, shown before the field so that nobody learns it from a refusal. */
export function PasswordRules({
  id,
  headingLevel = 'h2',
}: {
  id: string;
  headingLevel?: 'h2' | 'h3';
}) {
  const t = useMessages(accountShared);
  const policy = useAccountPolicy();
  return (
    <Box id={id} sx={{ bgcolor: '#eef3fa', borderRadius: 1, p: 2, my: 1 }}>
      <Typography component={headingLevel} variant="subtitle1" sx={{ fontWeight: 600 }}>
        {t('passwordRuleTitle')}
      </Typography>
      <Box component="ul" sx={{ pl: 2.5, my: 0.5 }}>
        {policy && (
          <li>
            <Typography variant="body2">
              {t('passwordRule1', {
                min: policy.passwordMinLength,
                max: policy.passwordMaxLength,
              })}
            </Typography>
          </li>
        )}
        <li>
          <Typography variant="body2">{t('passwordRule2')}</Typography>
        </li>
        <li>
          <Typography variant="body2">{t('passwordRule3')}</Typography>
        </li>
        {/* Only where passwords expire on this server. */}
        {policy?.passwordMaxAgeDays != null && (
          <li>
            <Typography variant="body2">
              {t('passwordRule4', { days: policy.passwordMaxAgeDays })}
            </Typography>
          </li>
        )}
      </Box>
    </Box>
  );
}
