import { pino, type Logger } from 'pino';
import { currentScope } from './request-context.js';
import { maskErrorText, maskPersonalData, maskUiNumbers } from './mask.js';

export type { Logger };

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'goldcard-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Every line written while a request is in flight carries its id.
      mixin() {
        const scope = currentScope();
        return scope ? { requestId: scope.requestId } : {};
      },
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => maskPersonalData(object) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          const masked: unknown[] = args.map((a) => (typeof a === 'string' ? maskUiNumbers(a) : a));
          // `log.error(error)`: pino would take the message from the error, unmasked.
          const [first, second] = args;
          if (first instanceof Error && typeof second !== 'string') {
            masked.splice(0, 1, { err: first }, maskErrorText(first.message));
          }
          return method.apply(this, masked as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
