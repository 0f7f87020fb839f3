import { GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

const localDate = LocalDateResolver.toConfig();

/**
 * A calendar date as `YYYY-MM-DD` (Gregorian), kept as a string end to end: no time zone drift.
 * An empty string (a date field someone emptied) passes through, so that the operation's own
 * validation can say which field is missing (REQUIRED, in the caller's language) instead of a
 * protocol error naming a variable; every argument of this type is validated with the others
 * (shared/validation.ts) or treats it as absent.
 */
export const DateScalar = new GraphQLScalarType({
  ...localDate,
  name: 'Date',
  description:
    'A calendar date in ISO 8601 form, YYYY-MM-DD (Gregorian), e.g. 1985-04-12. An empty string means no date: where one is needed, the answer is BAD_USER_INPUT with the field’s REQUIRED problem',
  parseValue: (value) => (value === '' ? '' : localDate.parseValue(value)),
  parseLiteral: (ast, variables) =>
    ast.kind === Kind.STRING && ast.value === '' ? '' : localDate.parseLiteral(ast, variables),
});

export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  name: 'DateTime',
  description: 'An instant in ISO 8601 form with a UTC offset, e.g. 2026-11-27T08:30:00.000Z',
});
