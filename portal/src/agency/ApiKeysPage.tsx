import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Box, Typography } from '@mui/material';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Notice, type Said } from '../components/Notice';
import { Page } from '../components/Page';
import { useMessages } from '../i18n/locale';
import { AgencyApiKeysQuery, AgencyRevokeApiKeyMutation } from './agency.graphql';
import { type ApiKey, ApiKeyCard } from './ApiKeyCard';
import { type ApiKeyKey, apiKeyMessages } from './apiKeys.messages';
import { BusinessOnly } from './BusinessOnly';
import { CardList } from './CardList';
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
      <CardList
        titleId="keys-title"
        title={t('listTitle')}
        empty={t('none')}
        items={data?.apiKeys}
        render={(key) => <ApiKeyCard apiKey={key} onRevoke={() => setConfirming(key)} />}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
      />
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
