import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { useMutation } from '@tanstack/react-query';
import {
  Form,
  SaveButton,
  SelectInput,
  TextInput,
  Title,
  Toolbar,
  email,
  maxLength,
  minLength,
  required,
  useDataProvider,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import type { GoldcardDataProvider } from '../../dataProvider';
import type { CreateStaffAccountInput } from '../../generated/graphql';
import { STAFF_ROLES, choices } from '../../enums';
import { ApiError, toApiError } from '../../graphql/errors';

interface Created {
  accountName: string;
  temporaryPassword: string;
}

/** The temporary password, shown once; closing the dialog forgets it. */
function TemporaryPasswordDialog({ created, onDone }: { created: Created; onDone: () => void }) {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(created.temporaryPassword);
    setCopied(true);
  };
  return (
    <Dialog
      open
      aria-labelledby="temporary-password-title"
      aria-describedby="temporary-password-body"
    >
      <DialogTitle id="temporary-password-title">
        {translate('goldcard.staffAccounts.created_title', { account: created.accountName })}
      </DialogTitle>
      <DialogContent>
        <DialogContentText id="temporary-password-body" sx={{ mb: 2 }}>
          {translate('goldcard.staffAccounts.shown_once')}
        </DialogContentText>
        <TextField
          id="temporary-password"
          label={translate('goldcard.staffAccounts.temporary_password')}
          value={created.temporaryPassword}
          fullWidth
          slotProps={{
            htmlInput: { readOnly: true, style: { fontFamily: 'monospace', fontSize: 18 } },
          }}
          onFocus={(e) => e.target.select()}
        />
      </DialogContent>
      <DialogActions>
        <Button
          startIcon={<ContentCopyIcon aria-hidden />}
          onClick={() => void copy().catch(() => undefined)}
        >
          {copied
            ? translate('goldcard.staffAccounts.copied')
            : translate('goldcard.staffAccounts.copy')}
        </Button>
        <Button variant="contained" onClick={onDone}>
          {translate('goldcard.staffAccounts.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

const accountCharacters = (value: unknown) =>
  typeof value === 'string' && value !== '' && !/^[A-Za-z0-9._-]+$/.test(value)
    ? 'goldcard.staffAccounts.account_hint'
    : undefined;
const validateAccount = [required(), minLength(4), maxLength(64), accountCharacters];

/** Supervisors: a new officer or supervisor; the API makes a temporary password, shown once. */
export function StaffAccountCreate() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GoldcardDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const [created, setCreated] = useState<Created | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  // gcTime 0: the answer holds the temporary password; keep it nowhere but the dialog.
  const mutation = useMutation({
    mutationFn: (input: CreateStaffAccountInput) => dataProvider.createStaffAccount(input),
    gcTime: 0,
  });

  const save = async (values: Record<string, unknown>) => {
    setError(undefined);
    try {
      const result = await mutation.mutateAsync(values as unknown as CreateStaffAccountInput);
      setCreated({
        accountName: result.account.accountName,
        temporaryPassword: result.temporaryPassword,
      });
      mutation.reset();
    } catch (failure) {
      const apiError = toApiError(failure);
      setError(apiError);
      notify(apiError.message, { type: 'error' });
      // Per-field problems go next to their inputs (react-hook-form reads this shape).
      return Object.fromEntries(apiError.fields.map((f) => [f.field, f.message]));
    }
  };

  return (
    <Box sx={{ py: 2 }}>
      <Title title={translate('goldcard.staffAccounts.create_title')} />
      <Card>
        <CardContent>
          <Typography component="h1" variant="h5" gutterBottom>
            {translate('goldcard.staffAccounts.create_title')}
          </Typography>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error.message}
            </Alert>
          )}
          <Form onSubmit={save} defaultValues={{ role: 'OFFICER' }}>
            <Box sx={{ display: 'grid', gap: 1, maxWidth: 480 }}>
              <TextInput
                source="account"
                validate={validateAccount}
                helperText="goldcard.staffAccounts.account_hint"
                autoComplete="off"
              />
              <TextInput source="displayName" validate={[required(), maxLength(100)]} />
              <TextInput source="email" type="email" validate={[required(), email()]} />
              <SelectInput
                source="role"
                choices={choices('role', STAFF_ROLES)}
                validate={required()}
              />
            </Box>
            <Toolbar>
              <SaveButton label="ra.action.create" alwaysEnable={!mutation.isPending} />
            </Toolbar>
          </Form>
        </CardContent>
      </Card>
      {created && (
        <TemporaryPasswordDialog
          created={created}
          onDone={() => {
            setCreated(undefined);
            redirect('list', 'staffAccounts');
          }}
        />
      )}
    </Box>
  );
}
