import type { Control, FieldValues, Path } from 'react-hook-form';
import { useMessages } from '../../i18n/locale';
import { useAccountPolicy } from '../policy';
import { accountShared } from '../shared.messages';
import { PasswordField } from './PasswordField';
import { PasswordRules } from './PasswordRules';

/** The rule, then the new password twice (reset and change share these). */
export function NewPasswordFields<T extends FieldValues>({
  control,
  idPrefix,
}: {
  control: Control<T>;
  idPrefix: string;
}) {
  const shared = useMessages(accountShared);
  const policy = useAccountPolicy();
  return (
    <>
      <PasswordRules id={`${idPrefix}-rules`} />
      <PasswordField
        control={control}
        name={'newPassword' as Path<T>}
        id={`${idPrefix}-new`}
        label={shared('newPassword')}
        helperText={policy && shared('passwordHint', { min: policy.passwordMinLength })}
        autoComplete="new-password"
      />
      <PasswordField
        control={control}
        name={'confirmPassword' as Path<T>}
        id={`${idPrefix}-confirm`}
        label={shared('confirmPassword')}
        autoComplete="new-password"
      />
    </>
  );
}
