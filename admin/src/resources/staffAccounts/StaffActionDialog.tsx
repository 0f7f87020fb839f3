import { useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import {
  useDataProvider,
  useLogoutIfAccessDenied,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { GoldcardDataProvider } from '../../dataProvider';
import type { Role, StaffAccountFieldsFragment } from '../../generated/graphql';
import { STAFF_ROLES } from '../../enums';
import { toApiError, type ApiError } from '../../graphql/errors';

export type StaffAction = 'disable' | 'enable' | 'unlock' | 'role';

const TITLES: Record<StaffAction, string> = {
  disable: 'goldcard.staffAdmin.disable_title',
  enable: 'goldcard.staffAdmin.enable_title',
  unlock: 'goldcard.staffAdmin.unlock_title',
  role: 'goldcard.staffAdmin.role_title',
};
const BODIES: Record<StaffAction, string> = {
  disable: 'goldcard.staffAdmin.disable_body',
  enable: 'goldcard.staffAdmin.enable_body',
  unlock: 'goldcard.staffAdmin.unlock_body',
  role: 'goldcard.staffAdmin.role_body',
};
const BUTTONS: Record<StaffAction, string> = {
  disable: 'goldcard.staffAdmin.disable',
  enable: 'goldcard.staffAdmin.enable',
  unlock: 'goldcard.staffAdmin.unlock',
  role: 'goldcard.staffAdmin.change_role',
};
const DONE: Record<StaffAction, string> = {
  disable: 'goldcard.staffAdmin.done_disabled',
  enable: 'goldcard.staffAdmin.done_enabled',
  unlock: 'goldcard.staffAdmin.done_unlocked',
  role: 'goldcard.staffAdmin.done_role',
};

/**
 * Says what the action does to the person before doing it; the API decides whether it may (own
 * account, last active supervisor) and its refusal is shown here in words. The list is fetched
 * again afterwards.
 */
export function StaffActionDialog({
  record,
  action,
  onClose,
}: {
  record: StaffAccountFieldsFragment;
  action: StaffAction;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GoldcardDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [role, setRole] = useState<Role>(record.role === 'SUPERVISOR' ? 'OFFICER' : 'SUPERVISOR');
  const [error, setError] = useState<ApiError | undefined>();
  const name = record.displayName;

  const mutation = useMutation({
    mutationFn: () => {
      switch (action) {
        case 'disable':
          return dataProvider.disableStaffAccount(record.id);
        case 'enable':
          return dataProvider.enableStaffAccount(record.id);
        case 'unlock':
          return dataProvider.unlockStaffAccount(record.id);
        case 'role':
          return dataProvider.changeStaffRole({ id: record.id, role });
      }
    },
    onSuccess: (account) => {
      notify(translate(DONE[action], { name, role: translate(`goldcard.role.${account.role}`) }), {
        type: 'success',
      });
      refresh();
      onClose();
    },
    onError: (failure) => {
      const apiError = toApiError(failure);
      setError(apiError);
      // An ended session (or a role taken away meanwhile) goes to the login page as elsewhere.
      void logoutIfAccessDenied(apiError);
    },
  });

  const titleId = `staff-action-${record.id}-title`;
  const bodyId = `staff-action-${record.id}-body`;
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} aria-describedby={bodyId}>
      <DialogTitle id={titleId}>{translate(TITLES[action], { name })}</DialogTitle>
      <DialogContent>
        <DialogContentText id={bodyId}>
          {translate(BODIES[action], { name, cases: record.openCases })}
        </DialogContentText>
        {action === 'role' && (
          <TextField
            select
            fullWidth
            margin="normal"
            label={translate('goldcard.staffAdmin.new_role')}
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          >
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {translate(`goldcard.role.${r}`)}
              </option>
            ))}
          </TextField>
        )}
        {error && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }} data-code={error.code}>
            {translate(`goldcard.staffAdmin.errors.${error.code}`, { _: error.message })}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('goldcard.staffAdmin.cancel')}</Button>
        <Button
          variant="contained"
          color={action === 'disable' ? 'error' : 'primary'}
          disabled={mutation.isPending || (action === 'role' && role === record.role)}
          onClick={() => {
            setError(undefined);
            mutation.mutate();
          }}
        >
          {translate(BUTTONS[action])}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
