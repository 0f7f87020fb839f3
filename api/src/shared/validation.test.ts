import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DateScalar } from '../graphql/scalars.js';
import { AppError } from './errors.js';
import { parseInput } from './validation.js';

/** The field problems `parseInput` reports for `value`, as `path:PROBLEM`. */
function problems(schema: z.ZodType, value: unknown): string[] {
  try {
    parseInput(schema, value, 'input');
    return [];
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return error.fields.map((f) => `${f.field}:${f.problem}`);
  }
}

describe('parseInput', () => {
  const schema = z.object({
    passport: z.object({ issueDate: z.iso.date(), number: z.string().trim().min(5) }),
    mobile: z
      .string()
      .trim()
      .regex(/^09\d{8}$/, { error: 'INVALID_MOBILE' })
      .nullish(),
    sex: z.enum(['MALE', 'FEMALE']).nullish(),
  });

  it('calls an emptied field missing (REQUIRED), whatever shape it would have had', () => {
    expect(
      problems(schema, { passport: { issueDate: '', number: '  ' }, mobile: '', sex: '' }),
    ).toEqual([
      'input.passport.issueDate:REQUIRED',
      'input.passport.number:REQUIRED',
      'input.mobile:REQUIRED',
      'input.sex:REQUIRED',
    ]);
  });

  it('gives a missing value no other problem, though a refinement ran on it too', () => {
    const soon = z.object({
      expiryDate: z.iso
        .date()
        .refine((d) => d >= '2030-01-01', { error: 'PASSPORT_EXPIRES_TOO_SOON' }),
    });
    expect(problems(soon, { expiryDate: '' })).toEqual(['input.expiryDate:REQUIRED']);
    expect(problems(soon, { expiryDate: '2029-12-31' })).toEqual([
      'input.expiryDate:PASSPORT_EXPIRES_TOO_SOON',
    ]);
  });

  it('keeps the shape problems of values that were given', () => {
    expect(
      problems(schema, {
        passport: { issueDate: '2026-02-30', number: 'AB1' },
        mobile: '0212345678',
        sex: 'OTHER',
      }),
    ).toEqual([
      'input.passport.issueDate:INVALID_FORMAT',
      'input.passport.number:TOO_SHORT',
      'input.mobile:INVALID_MOBILE',
      'input.sex:INVALID_VALUE',
    ]);
  });
});

describe('the Date scalar', () => {
  it('lets an empty string through for the operation to call it missing, and checks the rest', () => {
    expect(DateScalar.parseValue('')).toBe('');
    expect(DateScalar.parseValue('1985-04-12')).toBe('1985-04-12');
    expect(() => DateScalar.parseValue('2026-13-01')).toThrow();
    expect(() => DateScalar.parseValue('12/04/1985')).toThrow();
  });
});
