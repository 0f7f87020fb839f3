import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';
import { requestScope } from './request-context.js';

function capture() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { log: createLogger('info', sink), lines };
}

describe('logger', () => {
  it('masks UI numbers in messages and personal fields in objects', () => {
    const { log, lines } = capture();
    log.info(
      {
        passportNumber: '561234567',
        holder: { uiNumber: 'A800000014', email: 'a@b.example' },
        note: 'was AC01234567',
      },
      'looked up A800000014',
    );
    const text = lines.join('\n');
    expect(text).not.toContain('561234567');
    expect(text).not.toContain('A800000014');
    expect(text).not.toContain('AC01234567');
    expect(text).not.toContain('a@b.example');
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(entry.msg).toBe('looked up A8******14');
    expect(entry.note).toBe('was AC******67');
  });

  it('masks the values an error quotes (a failed SQL statement), in its message and stack', () => {
    const { log, lines } = capture();
    const statement =
      `update "amendment" set "requested" = '{"email":"john.smith@mail.test","mobile":"0987654321",` +
      `"passport":{"number":"P87654321"},"residence":{"line":"臺灣大道三段99號12樓"}}', ` +
      `"note" = 'O''Brien, born 1985-04-12' where "id" = 'A800000014' - refused by the database`;
    class DriverException extends Error {
      override name = 'DriverException';
      code = 'P0001';
      detail = 'Key (email)=(john.smith@mail.test) already exists.';
    }
    const error = new DriverException(statement);
    error.stack = `DriverException: ${statement}\n    at convert (/app/node_modules/@mikro-orm/core/index.js:8:16)`;
    log.error({ err: error }, 'unexpected error while resolving');
    log.error(error);
    log.error(new Error('no mail for jane.doe@mail.test'));
    const text = lines.join('\n');
    for (const value of [
      'john.smith@mail.test',
      '0987654321',
      'P87654321',
      '臺灣大道三段99號12樓',
      'Brien',
      '1985-04-12',
      'A800000014',
      'jane.doe@mail.test',
    ]) {
      expect(text).not.toContain(value);
    }
    type Line = { msg: string; err: { message: string; stack: string } };
    const [first, second, third] = lines.map((l) => JSON.parse(l) as Line);
    expect(first!.err).toMatchObject({
      type: 'DriverException',
      code: 'P0001',
      message: `update "amendment" set "requested" = '***', "note" = '***' where "id" = '***' - refused by the database`,
    });
    expect(first!.err.stack).toMatch(
      /^DriverException: update "amendment" set "requested" = '\*\*\*'/,
    );
    expect(first!.err.stack).toContain('(/app/node_modules/@mikro-orm/core/index.js:8:16)');
    expect(first!.err).not.toHaveProperty('detail');
    expect(second!.msg).toBe(first!.err.message);
    expect(third!.msg).toBe('no mail for <address>');
  });

  it('stamps the request id on every line written during a request', () => {
    const { log, lines } = capture();
    requestScope.run({ requestId: 'req-12345678', locale: 'en', ip: undefined }, () =>
      log.info('inside'),
    );
    log.info('outside');
    expect(JSON.parse(lines[0]!)).toMatchObject({ requestId: 'req-12345678', msg: 'inside' });
    expect(JSON.parse(lines[1]!)).not.toHaveProperty('requestId');
  });
});
