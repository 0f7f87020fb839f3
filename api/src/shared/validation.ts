import type { z } from 'zod';
import { badInput, type FieldProblem } from './errors.js';
import { FIELD_PROBLEMS, type FieldProblemCode } from './error-catalog.js';

/** Issues that, on an empty string, mean only that nothing was given. */
const EMPTY_MEANS_MISSING = new Set(['too_small', 'invalid_format', 'invalid_value']);

function problemOf(
  issue: z.core.$ZodIssue,
  given: unknown,
): Pick<FieldProblem, 'problem' | 'params'> {
  // An emptied field is missing, whatever shape it would have had (a date, a mobile number):
  // "required" says more than "not in the expected format".
  if (typeof given === 'string' && given.trim() === '' && EMPTY_MEANS_MISSING.has(issue.code)) {
    return { problem: 'REQUIRED' };
  }
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

/** An unpaired UTF-16 surrogate: not Unicode, so PostgreSQL's json cannot hold it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Paths of the strings no PostgreSQL text or json value can hold (NUL, lone surrogates). */
function unstorable(value: unknown, path: string[] = [], depth = 0): string[][] {
  if (typeof value === 'string') {
    return value.includes('\0') || LONE_SURROGATE.test(value) ? [path] : [];
  }
  if (typeof value !== 'object' || value === null || depth > 16) return [];
  return Object.entries(value).flatMap(([key, v]) => unstorable(v, [...path, key], depth + 1));
}

/** The value given at an issue's path, before any transform. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/**
 * Validates a resolver's input with a zod schema; any problem becomes one BAD_USER_INPUT error
 * that lists every offending field, before anything is read or written. Strings the database
 * cannot store (a NUL, an unpaired surrogate) are INVALID_FORMAT wherever they are; an empty
 * string where a value is needed is REQUIRED, as a missing one.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  root: string,
): z.infer<S> {
  const unfit = unstorable(value);
  if (unfit.length) {
    throw badInput(
      unfit.map((path) => ({
        field: [root, ...path].filter(Boolean).join('.'),
        problem: 'INVALID_FORMAT' as const,
      })),
    );
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const found: FieldProblem[] = result.error.issues.map((issue) => ({
    field: [root, ...issue.path.map(String)].filter(Boolean).join('.'),
    ...problemOf(issue, valueAt(value, issue.path)),
  }));
  // A missing value has no other problem (zod still runs refinements on it: "too soon").
  const missing = new Set(found.filter((f) => f.problem === 'REQUIRED').map((f) => f.field));
  throw badInput(
    found.filter(
      (f, i) =>
        !missing.has(f.field) ||
        (f.problem === 'REQUIRED' && found.findIndex((g) => g.field === f.field) === i),
    ),
  );
}
