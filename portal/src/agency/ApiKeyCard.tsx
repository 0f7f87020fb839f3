import { Box, Button, Chip } from '@mui/material';
import { visuallyHidden } from '../components/visuallyHidden';
import type { AgencyApiKeyFieldsFragment, ApiKeyScope } from '../generated/graphql';
import { formatDate, formatDateTime } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import { agencyMessages } from './agency.messages';
import { apiKeyMessages } from './apiKeys.messages';
import { Detail } from './Detail';
import { RecordCard } from './RecordCard';

export type ApiKey = AgencyApiKeyFieldsFragment;

export const SCOPE_MESSAGE: Record<ApiKeyScope, 'scopeRead' | 'scopeFile'> = {
  READ: 'scopeRead',
  FILE: 'scopeFile',
};

/** One key: its name, public prefix, permissions in words, dates, and revoke while it works. */
export function ApiKeyCard({ apiKey, onRevoke }: { apiKey: ApiKey; onRevoke: () => void }) {
  const t = useMessages(apiKeyMessages);
  const a = useMessages(agencyMessages);
  const { locale } = useLocale();
  const expired = !apiKey.revokedAt && Date.parse(apiKey.expiresAt) <= Date.now();
  const state = apiKey.revokedAt ? 'revoked' : expired ? 'expired' : 'active';
  return (
    <RecordCard
      title={apiKey.name}
      status={
        <Chip
          size="small"
          color={state === 'active' ? 'success' : 'default'}
          label={
            state === 'active'
              ? t('statusActive')
              : state === 'revoked'
                ? t('statusRevoked')
                : t('statusExpired')
          }
        />
      }
      details={
        <>
          <Detail term={t('prefixLabel')}>
            <Box component="code" sx={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}>
              gk_{apiKey.prefix}_…
            </Box>
          </Detail>
          <Detail term={t('scopesLabel')}>
            {apiKey.scopes.map((s) => t(SCOPE_MESSAGE[s])).join(locale === 'en' ? ', ' : '、')}
          </Detail>
          <Detail term={t('createdLabel')}>{formatDateTime(apiKey.createdAt, locale)}</Detail>
          <Detail term={t('expiresLabel')}>{formatDate(apiKey.expiresAt, locale)}</Detail>
          <Detail term={t('lastUsedLabel')}>
            {apiKey.lastUsedAt ? formatDateTime(apiKey.lastUsedAt, locale) : a('never')}
          </Detail>
          {apiKey.revokedAt && (
            <Detail term={t('statusRevoked')}>{formatDateTime(apiKey.revokedAt, locale)}</Detail>
          )}
        </>
      }
    >
      {state === 'active' && (
        <Button variant="outlined" color="error" onClick={onRevoke} sx={{ mt: 2 }}>
          {t('revoke')}
          <Box component="span" sx={visuallyHidden}>
            {` ${apiKey.name}`}
          </Box>
        </Button>
      )}
    </RecordCard>
  );
}
