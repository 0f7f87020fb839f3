import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Box, Typography } from '@mui/material';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Notice, type Said } from '../components/Notice';
import { Page } from '../components/Page';
import { useMessages } from '../i18n/locale';
import { AgencyApiKeysQuery, AgencyRevokeApiKeyMutation } from './agency.graphql';
import { type ApiKey, ApiKeyCard } from './ApiKeyCard';
import { type ApiKeyKey, apiKeyMessages } from './apiKeys.messages';
import { BusinessOnly } from './BusinessOnly';
import { CreateApiKeyForm } from './CreateApiKeyForm';
import { SecretOnce } from './SecretOnce';

/** `/agency/api-keys`: an employer's or agency's keys for its software. */
export default function ApiKeysPage() {
  const t = useMessages(apiKeyMessages);
  return (
    <BusinessOnly title={t('title')}>
      <ApiKeys />
    </BusinessOnly>
  );
}

function ApiKeys() {
  const t = useMessages(apiKeyMessages);
  const { data, loading, error, refetch } = useQuery(AgencyApiKeysQuery);
  const [revoke, revoking] = useMutation(AgencyRevokeApiKeyMutation);
  const [confirming, setConfirming] = useState<ApiKey>();
  const [created, setCreated] = useState<{ token: string; name: string }>();
  const [notice, setNotice] = useState<Said<ApiKeyKey>>();

  const closeDialog = () => {
    revoking.reset();
    setConfirming(undefined);
  };

  return (
    <Page title={t('title')} intro={t('intro')}>
      {created ? (
        <SecretOnce
          title={t('secretTitle')}
          warning={t('secretWarning')}
          secret={created.token}
          label={t('secretLabel')}
          onDone={() => {
            setNotice({ key: 'created', params: { name: created.name } });
            setCreated(undefined);
          }}
        >
          <Typography variant="body2" sx={{ mt: 1.5, overflowWrap: 'anywhere' }}>
            {t('secretUse')}
          </Typography>
        </SecretOnce>
      ) : (
        <Notice said={notice} t={t} onClose={() => setNotice(undefined)} />
      )}
      <Box component="section" aria-labelledby="keys-title" sx={{ mb: 4 }}>
        <Typography id="keys-title" component="h2" variant="h6" sx={{ mb: 1 }}>
          {t('listTitle')}
        </Typography>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
        {loading && !data && <Loading />}
        {data?.apiKeys.length === 0 && <Typography>{t('none')}</Typography>}
        {data && data.apiKeys.length > 0 && (
          <Box
            component="ul"
            sx={{
              listStyle: 'none',
              p: 0,
              m: 0,
              display: 'grid',
              gap: 2,
              gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
            }}
          >
            {data.apiKeys.map((key) => (
              <li key={key.id}>
                <ApiKeyCard apiKey={key} onRevoke={() => setConfirming(key)} />
              </li>
            ))}
          </Box>
        )}
      </Box>
      <Box component="section" aria-labelledby="create-key-title">
        <Typography id="create-key-title" component="h2" variant="h6" sx={{ mb: 2 }}>
          {t('createTitle')}
        </Typography>
        <CreateApiKeyForm
          onCreated={(token, name) => {
            setNotice(undefined);
            setCreated({ token, name });
            window.scrollTo({ top: 0 });
          }}
        />
      </Box>
      <ConfirmDialog
        open={Boolean(confirming)}
        title={t('revokeTitle', { name: confirming?.name ?? '' })}
        body={t('revokeBody')}
        confirmLabel={t('revoke')}
        busy={revoking.loading}
        error={revoking.error}
        onClose={closeDialog}
        onConfirm={() => {
          if (!confirming) return;
          const name = confirming.name;
          revoke({ variables: { id: confirming.id } })
            .then(() => {
              closeDialog();
              setNotice({ key: 'revoked', params: { name } });
            })
            .catch(() => undefined); // shown in the dialog
        }}
      />
    </Page>
  );
}
