import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import type { FieldProblem } from '../../shared/errors.js';

/**
 * NIST 800-63B / ASVS 2.1: length, no composition rules, and no common or guessable
 * passwords (zxcvbn's dictionaries of common passwords, names, keyboard walks and sequences).
 */
const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

export const PASSWORD_MAX_LENGTH = 128;

export function passwordProblems(
  password: string,
  options: { minLength: number; field: string; context?: string[] },
): FieldProblem[] {
  const { minLength, field, context = [] } = options;
  if ([...password].length < minLength) {
    return [{ field, problem: 'TOO_SHORT', params: { min: minLength } }];
  }
  if ([...password].length > PASSWORD_MAX_LENGTH) {
    return [{ field, problem: 'TOO_LONG', params: { max: PASSWORD_MAX_LENGTH } }];
  }
  // The account's own name and email are the first things an attacker tries.
  const result = zxcvbn.check(password, context.filter(Boolean));
  if (result.score < 3) return [{ field, problem: 'PASSWORD_TOO_WEAK' }];
  return [];
}
