import type { z } from 'zod';
import { badInput, type FieldProblem } from './errors.js';
import { FIELD_PROBLEMS, type FieldProblemCode } from './error-catalog.js';

function problemOf(issue: z.core.$ZodIssue): Pick<FieldProblem, 'problem' | 'params'> {
  // A schema may name the problem itself by using a field-problem code as its message.
  if (Object.hasOwn(FIELD_PROBLEMS, issue.message)) {
    return { problem: issue.message as FieldProblemCode };
  }
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string'
        ? { problem: 'TOO_LONG', params: { max: Number(issue.maximum) } }
        : { problem: 'OUT_OF_RANGE', params: { max: Number(issue.maximum) } };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { problem: 'REQUIRED' };
      return issue.origin === 'string'
        ? { problem: 'TOO_SHORT', params: { min: Number(issue.minimum) } }
        : { problem: 'OUT_OF_RANGE', params: { min: Number(issue.minimum) } };
    case 'invalid_format':
      return { problem: issue.format === 'email' ? 'INVALID_EMAIL' : 'INVALID_FORMAT' };
    case 'invalid_value':
    case 'invalid_key':
      return { problem: 'INVALID_VALUE' };
    case 'custom': {
      const problem = (issue.params as { problem?: FieldProblemCode } | undefined)?.problem;
      return { problem: problem ?? 'INVALID_VALUE' };
    }
    default:
      return { problem: 'INVALID_FORMAT' };
  }
}

/**
 * Validates a resolver's input with a zod schema; any problem becomes one BAD_USER_INPUT error
 * that lists every offending field, before anything is read or written.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  root: string,
): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw badInput(
    result.error.issues.map((issue) => ({
      field: [root, ...issue.path.map(String)].filter(Boolean).join('.'),
      ...problemOf(issue),
    })),
  );
}
