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
