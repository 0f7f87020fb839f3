import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import {
  ConnectionException,
  DriverException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { isDatabaseUnavailable } from './unavailable.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['connection refused', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['connection reset', withCode('read ECONNRESET', 'ECONNRESET')],
    [
      'server shutting down',
      withCode('terminating connection due to administrator command', '57P01'),
    ],
    ['server starting up', withCode('the database system is starting up', '57P03')],
    ['too many connections', withCode('sorry, too many clients already', '53300')],
    ['connection failure class', withCode('connection failure', '08006')],
    ['connection dropped', new Error('Connection terminated unexpectedly')],
    ['connect timeout', new Error('Connection terminated due to connection timeout')],
    ['statement unanswered', new Error('Query read timeout')],
    [
      'dropped mid-transaction',
      new Error('Transaction query already complete, run with DEBUG=knex:tx'),
    ],
    [
      'pool exhausted',
      Object.assign(new Error('Knex: Timeout acquiring a connection.'), {
        name: 'KnexTimeoutError',
      }),
    ],
    ['MikroORM connection exception', new ConnectionException(new Error('gone'))],
    [
      'wrapped by MikroORM',
      new DriverException(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')),
    ],
    [
      'wrapped by GraphQL (context creation)',
      new GraphQLError('Context creation failed: connect ECONNREFUSED', {
        originalError: withCode('connect ECONNREFUSED', 'ECONNREFUSED'),
      }),
    ],
    ['as a cause', new Error('could not load', { cause: withCode('reset', 'ECONNRESET') })],
  ])('%s: unavailable', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a unique violation', new UniqueConstraintViolationException(withCode('duplicate', '23505'))],
    ['a syntax error', withCode('syntax error at or near "selec"', '42601')],
    ['a stale version', OptimisticLockError.lockFailed('Amendment')],
    ['not an error', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('%s: not unavailable', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('stops on a cycle of causes', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as Error & { cause?: unknown }).cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});
