import { Button } from '@mui/material';
import { useMessages } from '../../i18n/locale';
import { accountShared } from '../shared.messages';

/** A form's one button: "Please wait…" (and disabled) while the form is being sent. */
export function SubmitButton({
  label,
  busy,
  fullWidth = false,
  mt = 2,
}: {
  label: string;
  busy: boolean;
  /** As wide as the form at every size (else only on phones). */
  fullWidth?: boolean;
  /** The space above it, in theme spacing. */
  mt?: number;
}) {
  const shared = useMessages(accountShared);
  return (
    <Button
      type="submit"
      variant="contained"
      size="large"
      fullWidth={fullWidth}
      disabled={busy}
      sx={{ mt, width: fullWidth ? undefined : { xs: '100%', sm: 'auto' } }}
    >
      {busy ? shared('sending') : label}
    </Button>
  );
}
