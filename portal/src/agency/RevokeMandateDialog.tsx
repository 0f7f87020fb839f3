import { useMutation } from '@apollo/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import type { Said } from '../components/Notice';
import { useMessages } from '../i18n/locale';
import { AgencyRevokeMandateMutation } from './agency.graphql';
import type { Mandate } from './mandateState';
import { type MandateKey, mandateMessages } from './mandates.messages';

/**
 * Confirms and ends a mandate. The holder revokes an authorisation; the grantee ends its own
 * mandate (the API allows both, and officers).
 */
export function RevokeMandateDialog({
  mandate,
  as,
  onClose,
  onDone,
}: {
  mandate: Mandate | undefined;
  as: 'holder' | 'grantee';
  onClose: () => void;
  onDone: (said: Said<MandateKey>) => void;
}) {
  const t = useMessages(mandateMessages);
  const [revoke, { loading, error, reset }] = useMutation(AgencyRevokeMandateMutation);
  const name = mandate?.granteeName ?? '';
  const ui = mandate?.applicantUiNumber ?? '';
  const close = () => {
    reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={Boolean(mandate)}
      title={as === 'holder' ? t('revokeTitle', { name }) : t('endTitle', { ui })}
      body={as === 'holder' ? t('revokeBody', { name }) : t('endBody')}
      confirmLabel={as === 'holder' ? t('revoke') : t('endMandate')}
      busy={loading}
      error={error}
      onClose={close}
      onConfirm={() => {
        if (!mandate) return;
        revoke({ variables: { id: mandate.id } })
          .then(() => {
            reset();
            onDone(
              as === 'holder'
                ? { key: 'revoked', params: { name } }
                : { key: 'ended', params: { ui } },
            );
          })
          .catch(() => undefined); // shown in the dialog by `error`
      }}
    />
  );
}
