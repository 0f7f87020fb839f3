import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import type { ErrorCode } from '../../shared/errors.js';
import type { MultipartFile } from '../../test-support/multipart.js';
import { SCHEMA_FILE } from '../print-schema.js';
import type { World } from './world.js';

/**
 * The authorization matrix: for every Query and Mutation field of `schema.graphql`, what each
 * kind of caller gets. Checked over real HTTP by `authorization-matrix.test.ts`.
 */

/** Who calls, in the order the checks run (refused callers first, then allowed ones). */
export const CALLERS = [
  'anonymous',
  'holder',
  'otherHolder',
  'employer',
  'agency',
  'revokedAgency',
  'officer',
  'supervisor',
  'readKey',
  'fileKey',
] as const;
export type Caller = (typeof CALLERS)[number];

export const CALLER_DESCRIPTIONS: Record<Caller, string> = {
  anonymous: 'no credentials at all',
  holder: 'the applicant account of the holder the cases are about',
  otherHolder: 'the applicant account of another holder',
  employer: 'an employer holding an active mandate from the holder, not the filer of the cases',
  agency: 'an agency holding an active mandate from the holder, the filer of the cases',
  revokedAgency:
    'an agency that filed a case for the holder, whose mandate the holder then revoked (pointed at its own case)',
  officer: 'an immigration officer (the one assigned to the cases under review)',
  supervisor: 'a supervisor (not assigned to the cases under review)',
  readKey: 'the agency’s API key with the READ scope',
  fileKey: 'the agency’s API key with the READ and FILE scopes',
};

/** The codes that mean "not for you": an allowed call must never answer one of them. */
export const REFUSAL_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'] as const;
export type Refusal = (typeof REFUSAL_CODES)[number];
const AUTHORIZATION_CODES: readonly string[] = [
  ...REFUSAL_CODES,
  'SESSION_EXPIRED',
  'PASSWORD_EXPIRED',
];
/** A domain error an allowed call may meet for valid reasons (a state, a bad token…). */
export type DomainError = Exclude<ErrorCode, Refusal | 'SESSION_EXPIRED' | 'PASSWORD_EXPIRED'>;

export type Expectation = { readonly refused: Refusal } | { readonly allowed: 'OK' | DomainError };

/** Allowed, and it succeeds. */
export const OK: Expectation = { allowed: 'OK' };
/** Allowed: the authorization decision lets it through, then `code` answers for a domain reason. */
export const allowedBut = (code: DomainError): Expectation => ({ allowed: code });

export const isAuthorizationCode = (code: string | undefined) =>
  code !== undefined && AUTHORIZATION_CODES.includes(code);

/** Public: allowed for every caller, signed in or not; `outcome` says what each one gets. */
export function allowedForAll(outcome: Expectation = OK): Record<Caller, Expectation> {
  return Object.fromEntries(CALLERS.map((c) => [c, outcome])) as Record<Caller, Expectation>;
}

/**
 * Allowed for the callers named (each with its outcome); refused for everyone else: anonymous
 * callers with UNAUTHENTICATED, signed-in ones with FORBIDDEN unless `otherwise` says another code.
 */
export function onlyFor(
  allowed: Partial<Record<Caller, Expectation>>,
  otherwise: Partial<Record<Caller, Refusal>> = {},
): Record<Caller, Expectation> {
  return Object.fromEntries(
    CALLERS.map((c): [Caller, Expectation] => [
      c,
      allowed[c] ??
        (otherwise[c]
          ? { refused: otherwise[c] }
          : { refused: c === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN' }),
    ]),
  ) as Record<Caller, Expectation>;
}

/** Every signed-in caller, API keys included. */
export const SIGNED_IN_QUERY = onlyFor(
  Object.fromEntries(CALLERS.filter((c) => c !== 'anonymous').map((c) => [c, OK])),
);
/** Every signed-in caller but a READ key (changes need the FILE scope). */
export const SIGNED_IN_MUTATION = onlyFor(
  Object.fromEntries(
    CALLERS.filter((c) => c !== 'anonymous' && c !== 'readKey').map((c) => [c, OK]),
  ),
);

export interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
  };
}

/** What an entry's call gets: the world, who calls, and GraphQL over HTTP with their credential. */
export interface CallContext {
  w: World;
  caller: Caller;
  gql(query: string, variables?: Record<string, unknown>): Promise<Answer>;
  /** A GraphQL multipart request (uploads) with the caller's credential. */
  upload(query: string, variables: Record<string, unknown>, file: MultipartFile): Promise<Answer>;
}

export interface MatrixEntry {
  /** `Query.<field>` or `Mutation.<field>`, as in `schema.graphql`. */
  operation: string;
  /** The rule, in words. */
  rule: string;
  expect: Record<Caller, Expectation>;
  /**
   * Brings the world to the state the checks need (or asserts it is there): entries that walk
   * one case through its life run in the order they are listed.
   */
  prepare?(w: World): Promise<void>;
  /** The call, as `c.caller`, with arguments that reach the authorization decision. */
  call(c: CallContext): Promise<Answer>;
  /** More checks of an allowed answer (a list must not show another holder's records…). */
  verify?(answer: Answer, caller: Caller, w: World): string | null;
}

export const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

/** Every Query and Mutation field of the committed public contract. */
export function schemaOperations(): string[] {
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
  );
}

/** A list answer that must not include these ids for these callers (allowed, but scoped). */
export function hides(
  callers: readonly Caller[],
  ids: (w: World) => string | string[],
): (answer: Answer, caller: Caller, w: World) => string | null {
  return (answer, caller, w) => {
    if (!callers.includes(caller)) return null;
    const text = JSON.stringify(answer.body.data ?? null);
    const shown = [ids(w)].flat().filter((id) => text.includes(id));
    return shown.length ? `shows ${caller} records that are not theirs: ${shown.join(', ')}` : null;
  };
}

export const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
