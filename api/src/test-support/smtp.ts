import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One mail as the SMTP server received it, parsed. */
export interface ReceivedMail {
  /** Envelope sender (MAIL FROM). */
  envelopeFrom: string | undefined;
  /** Envelope recipients (RCPT TO). */
  envelopeTo: string[];
  /** Addresses in the From header. */
  from: string[];
  /** Addresses in the To header. */
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string | undefined;
  /** Header names in lower case; multi-valued headers joined with ", ". */
  headers: Record<string, string>;
  /** The user the client logged in as, when it did. */
  user: string | undefined;
}

export interface SmtpServerOptions {
  /** 0 (default): any free port. Pass an earlier server's port to bring it back after `stop()`. */
  port?: number;
  /** When given, clients must log in with exactly these; otherwise logging in is optional. */
  credentials?: { user: string; pass: string };
  /** Recipients for which RCPT TO is answered with 550 (a permanent refusal). */
  rejectRecipient?: (address: string) => boolean;
}

export interface TestSmtpServer {
  url: string;
  port: number;
  /** Every mail received, in order. */
  messages: ReceivedMail[];
  /** Resolves with the first received mail (past or future) matching `predicate`. */
  waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** Stops listening and closes open connections. */
  stop(): Promise<void>;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  if (!value) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((group) => group.value.map((a) => a.address ?? '').filter(Boolean));
}

/**
 * A real SMTP server on 127.0.0.1 for tests (the `smtp-server` package), parsing every mail it
 * receives with `mailparser`. Plain SMTP without STARTTLS; login optional unless `credentials`.
 */
export async function startSmtpServer(options: SmtpServerOptions = {}): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<(mail: ReceivedMail) => void>();
  const { credentials, rejectRecipient } = options;

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: !credentials,
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    closeTimeout: 1_000,
    onAuth(auth, _session, callback) {
      if (
        credentials &&
        (auth.username !== credentials.user || auth.password !== credentials.pass)
      ) {
        callback(new Error('Invalid username or password'));
        return;
      }
      callback(null, { user: auth.username });
    },
    onRcptTo(address, _session, callback) {
      if (rejectRecipient?.(address.address)) {
        const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const headers: Record<string, string> = {};
          for (const line of parsed.headerLines) {
            const value = line.line.slice(line.line.indexOf(':') + 1).trim();
            headers[line.key] = headers[line.key] ? `${headers[line.key]}, ${value}` : value;
          }
          const mail: ReceivedMail = {
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            from: addresses(parsed.from),
            to: addresses(parsed.to),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            messageId: parsed.messageId,
            headers,
            user: typeof session.user === 'string' ? session.user : undefined,
          };
          messages.push(mail);
          for (const waiter of [...waiters]) waiter(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Errors on client connections (a client hanging up) must not crash the test run.
  server.on('error', () => undefined);
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    waitFor(predicate, timeoutMs = 10_000) {
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise<ReceivedMail>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(
            new Error(`no matching mail within ${timeoutMs} ms (${messages.length} received)`),
          );
        }, timeoutMs);
        const waiter = (mail: ReceivedMail) => {
          if (!predicate(mail)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(mail);
        };
        waiters.add(waiter);
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
