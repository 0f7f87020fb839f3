import { useCallback, useMemo } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { z } from 'zod';
import { useLocale, useMessages } from '../../i18n/locale';
import { useAccountPolicy } from '../policy';
import { accountShared } from '../shared.messages';

/** "Enter your email address" / "請填寫電子郵件" for a field's label. */
export function useRequiredText(): (label: string) => string {
  const t = useMessages(accountShared);
  const { locale } = useLocale();
  return useCallback(
    (label: string) => {
      if (locale !== 'en') return t('required', { label });
      const lower = label.toLowerCase();
      return t('required', { label: lower.startsWith('your ') ? lower : `your ${lower}` });
    },
    [t, locale],
  );
}

/**
 * A quick check that an address is complete (something@domain.tld); the API decides the rest
 * and its answer appears beside the field.
 */
export const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function requiredText(message: string) {
  return z.string().trim().min(1, message);
}

/**
 * The new password's length as this server checks it (`accountPolicy`), once its limits are
 * known; until then only that it is there (the API checks again either way).
 */
export function newPasswordRules(messages: {
  required: string;
  tooShort: (count: number) => string;
  tooLong: string;
  limits?: { min: number; max: number };
}) {
  return z.string().superRefine((value, ctx) => {
    const length = [...value].length;
    const { limits } = messages;
    if (length === 0) ctx.addIssue({ code: 'custom', message: messages.required });
    else if (limits && length < limits.min)
      ctx.addIssue({ code: 'custom', message: messages.tooShort(length) });
    else if (limits && length > limits.max)
      ctx.addIssue({ code: 'custom', message: messages.tooLong });
  });
}

/** The messages and limits of `newPasswordRules` in the current language. */
export function useNewPasswordMessages(label: string) {
  const t = useMessages(accountShared);
  const required = useRequiredText();
  const policy = useAccountPolicy();
  const min = policy?.passwordMinLength;
  const max = policy?.passwordMaxLength;
  return useMemo(
    () => ({
      required: required(label),
      tooShort: (count: number) => t('passwordTooShort', { min: min ?? 0, count }),
      tooLong: t('passwordTooLong', { max: max ?? 0 }),
      limits: min !== undefined && max !== undefined ? { min, max } : undefined,
    }),
    [required, label, t, min, max],
  );
}

/** Adds "the two passwords do not match" to a form's own checks. */
export function withPasswordMatch<T extends { newPassword: string; confirmPassword: string }>(
  base: Resolver<T>,
  message: string,
): Resolver<T> {
  return async (values, context, options) => {
    const result = await base(values, context, options);
    if (!values.confirmPassword || values.confirmPassword === values.newPassword) return result;
    const errors: FieldErrors<T> = {
      ...result.errors,
      confirmPassword: { type: 'mismatch', message },
    } as FieldErrors<T>;
    return { values: {}, errors };
  };
}

const NO_OTHER_FIELDS: z.ZodRawShape = {};

/**
 * The checks of a new password typed twice (NewPasswordFields: reset and change), after those of
 * the form's `others` fields (keep that object the same between renders: a new one makes a new
 * resolver).
 */
export function useNewPasswordResolver<T extends { newPassword: string; confirmPassword: string }>(
  others: z.ZodRawShape = NO_OTHER_FIELDS,
): Resolver<T> {
  const shared = useMessages(accountShared);
  const messages = useNewPasswordMessages(shared('newPassword'));
  return useMemo(() => {
    const schema = z.object({
      ...others,
      newPassword: newPasswordRules(messages),
      confirmPassword: z.string().min(1, shared('confirmRequired')),
    });
    // The schema's output is the form's values; zod cannot know it of `others`.
    const base = zodResolver(schema) as unknown as Resolver<T>;
    return withPasswordMatch(base, shared('confirmMismatch'));
  }, [others, messages, shared]);
}
