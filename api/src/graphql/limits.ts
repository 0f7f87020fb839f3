import type { ApolloServerOptions } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  type GraphQLFormattedError,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { GraphQLLimits } from '../http/hardening-settings.js';
import { localize } from '../shared/errors.js';
import { currentScope } from '../shared/request-context.js';
import type { GraphQLContext } from './context.js';

/** Which limit a refused document went over (`extensions.params.limit`). */
export type QueryLimit = 'DEPTH' | 'COST' | 'ALIASES' | 'DIRECTIVES' | 'TOKENS';

/**
 * A document over one of the limits. Raised during validation (or parsing, for tokens), so the
 * operation never starts: no resolver runs, nothing is read or written.
 */
export class QueryLimitError extends GraphQLError {
  constructor(
    readonly limit: QueryLimit,
    readonly max: number,
    readonly found: number | undefined,
  ) {
    super(
      `Query ${limit.toLowerCase()} limit of ${max} exceeded${found === undefined ? '' : `, found ${found}`}.`,
      { extensions: { code: 'QUERY_TOO_COMPLEX' } },
    );
    this.name = 'QueryLimitError';
  }
}

/** graphql-armor's messages end with "…, found 12." (costs may have decimals). */
function foundIn(message: string): number | undefined {
  const found = /found (\d+(?:\.\d+)?)/.exec(message)?.[1];
  return found === undefined ? undefined : Math.ceil(Number(found));
}

/** graphql-armor reports through this instead of its own BAD_USER_INPUT error. */
function reporter(limit: QueryLimit, max: number) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(new QueryLimitError(limit, max, foundIn(error.message))),
    ],
  };
}

/**
 * graphql-armor's depth, cost, alias and directive rules as GraphQL validation rules. Fragments
 * are measured as if written out, so a console operation built from fragments measures what it
 * really asks for. Its token limit and suggestion masking are not used: the first throws from a
 * parsing hook, which Apollo Server 5 answers with HTTP 500; the second misses "Did you mean the
 * enum value …". graphql's own `maxTokens` parse option and `hideSuggestions` do both instead.
 */
export function queryLimitRules(limits: GraphQLLimits): ValidationRule[] {
  return new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      ...reporter('DEPTH', limits.maxDepth),
    },
    costLimit: {
      maxCost: limits.maxCost,
      flattenFragments: true,
      ...reporter('COST', limits.maxCost),
    },
    maxAliases: { n: limits.maxAliases, ...reporter('ALIASES', limits.maxAliases) },
    maxDirectives: { n: limits.maxDirectives, ...reporter('DIRECTIVES', limits.maxDirectives) },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect().validationRules;
}

/** The ApolloServer options that enforce the limits (spread into its configuration). */
export function graphqlLimitOptions(limits: GraphQLLimits) {
  return {
    validationRules: queryLimitRules(limits),
    parseOptions: { maxTokens: limits.maxTokens },
    // One operation per HTTP request: an array body would multiply every limit above.
    allowBatchedHttpRequests: false,
  } satisfies Partial<ApolloServerOptions<GraphQLContext>>;
}

/** graphql 16's parser over `maxTokens`: "Syntax Error: Document contains more that 2000 tokens…" */
const TOKENS_EXCEEDED = /Document contains more tha[nt] (\d+) tokens/;

/** graphql-js's hints ("Did you mean "x" or "y"?", "Did you mean the enum value "X"?"). */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** An error message without graphql's "Did you mean …?" hints, which reveal the schema. */
export function hideSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/** The limit behind an error Apollo Server wrapped (its GraphQLError may be another copy's). */
function limitOf(error: unknown, formatted: GraphQLFormattedError): QueryLimitError | undefined {
  const original = (error as { originalError?: unknown } | null)?.originalError;
  if (original instanceof QueryLimitError) return original;
  const tokens =
    formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' &&
    TOKENS_EXCEEDED.exec(formatted.message);
  return tokens ? new QueryLimitError('TOKENS', Number(tokens[1]), undefined) : undefined;
}

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Wraps the schema's error formatter: a document over a limit answers `QUERY_TOO_COMPLEX` (HTTP
 * 400, in the caller's language, `params` naming the limit), and no message ever carries
 * graphql's field, argument, type or enum-value suggestions.
 */
export function withQueryLimitErrors(format: FormatError): FormatError {
  return (formatted, error) => {
    const limit = limitOf(error, formatted);
    if (limit) {
      return {
        message: localize('QUERY_TOO_COMPLEX', currentScope()?.locale ?? 'zh-TW'),
        locations: formatted.locations,
        extensions: {
          code: 'QUERY_TOO_COMPLEX',
          params: {
            limit: limit.limit,
            max: limit.max,
            ...(limit.found === undefined ? {} : { found: limit.found }),
          },
        },
      };
    }
    const result = format(formatted, error);
    return { ...result, message: hideSuggestions(result.message) };
  };
}
