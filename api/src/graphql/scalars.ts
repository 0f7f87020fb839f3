import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

/** A calendar date as `YYYY-MM-DD` (Gregorian), kept as a string end to end: no time zone drift. */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar date in ISO 8601 form, YYYY-MM-DD (Gregorian), e.g. 1985-04-12',
});

export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  name: 'DateTime',
  description: 'An instant in ISO 8601 form with a UTC offset, e.g. 2026-11-27T08:30:00.000Z',
});
