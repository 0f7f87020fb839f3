import { useCallback, useMemo } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { z } from 'zod';
import { useMessages } from '../i18n/locale';
import type { Locale } from '../i18n/locale';
import {
  EMAIL_SHAPE,
  requiredText,
  useNewPasswordMessages,
  newPasswordRules,
  useRequiredText,
} from './components/validation';
import { registerMessages } from './register.messages';
import { accountShared } from './shared.messages';

export interface RegisterValues {
  role: string;
  organisationName: string;
  account: string;
  displayName: string;
  email: string;
  locale: Locale;
  password: string;
  confirmPassword: string;
  captchaAnswer: string;
}

/** Account names as the API accepts them (api/src/modules/accounts/accounts.inputs.ts). */
const ACCOUNT_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{3,63}$/;

/** Roles that register for a company and must name it (api/src/modules/accounts/accounts.inputs.ts). */
export const ORGANISATION_ROLES = new Set(['EMPLOYER', 'AGENCY']);

/**
 * The registration form's own checks: each field's shape, plus the two that look at two fields
 * (the company name for employers and agencies, the repeated password). The API checks again.
 */
export function useRegisterResolver(): Resolver<RegisterValues> {
  const t = useMessages(registerMessages);
  const shared = useMessages(accountShared);
  const required = useRequiredText();
  const passwordMessages = useNewPasswordMessages(shared('password'));
  const schema = useMemo(
    () =>
      z.object({
        role: z.enum(['APPLICANT', 'EMPLOYER', 'AGENCY'], { error: t('roleRequired') }),
        organisationName: z.string().max(120),
        account: requiredText(required(t('accountName'))).regex(
          ACCOUNT_NAME_PATTERN,
          t('accountInvalid'),
        ),
        displayName: requiredText(required(t('displayName'))).max(120),
        email: requiredText(required(shared('email'))).regex(EMAIL_SHAPE, shared('emailInvalid')),
        locale: z.enum(['zh-TW', 'en']),
        password: newPasswordRules(passwordMessages),
        confirmPassword: z.string().min(1, shared('confirmRequired')),
        captchaAnswer: requiredText(required(shared('captcha'))),
      }),
    [t, shared, required, passwordMessages],
  );
  // The schema's input has the chosen role as its enum; the form starts with none chosen ('').
  const base = useMemo(() => zodResolver(schema) as unknown as Resolver<RegisterValues>, [schema]);
  return useCallback<Resolver<RegisterValues>>(
    async (values, context, options) => {
      const result = await base(values, context, options);
      const errors: FieldErrors<RegisterValues> = { ...result.errors };
      if (ORGANISATION_ROLES.has(values.role) && !values.organisationName.trim()) {
        errors.organisationName = { type: 'required', message: required(t('organisationName')) };
      }
      if (values.confirmPassword && values.confirmPassword !== values.password) {
        errors.confirmPassword = { type: 'mismatch', message: shared('confirmMismatch') };
      }
      return Object.keys(errors).length > 0 ? { values: {}, errors } : result;
    },
    [base, required, shared, t],
  );
}
