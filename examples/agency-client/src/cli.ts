#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { GoldcardClient, type UploadFile } from './client.js';
import { GoldcardError } from './errors.js';
import { fileCase } from './file-case.js';
import type { DocumentType } from './generated/graphql.js';

const USAGE = `Usage: goldcard-agency <command> [options]

Environment: GOLDCARD_API_URL (e.g. https://goldcard.example), GOLDCARD_API_KEY (gk_…),
GOLDCARD_LANGUAGE (zh-TW or en; default zh-TW).

Commands:
  requirements                 documents each item of change needs, with upload limits
  list                         the cases this agency filed (myAmendments)
  show <id>                    one case with its timeline
  file-address                 files a change of residence address end to end:
      --ui-number A800000014 --birth-date 1985-04-12
      --city 新北市 --district 板橋區 --line 文化路一段1號3樓
      --proof-of-address lease.pdf --passport passport.pdf --current-card card.pdf --photo photo.jpg
      [--idempotency-key KEY]

Output is JSON on stdout; a failure prints the error code, message and fields on stderr (exit 1).`;

const MIME_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
};

async function readUpload(path: string): Promise<UploadFile> {
  return {
    name: basename(path),
    type: MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    bytes: await readFile(path),
  };
}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Runs one command; returns the exit code. */
export async function runCli(
  argv: string[],
  env: NodeJS.ProcessEnv,
  io: CliIo = {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  },
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'ui-number': { type: 'string' },
      'birth-date': { type: 'string' },
      city: { type: 'string' },
      district: { type: 'string' },
      line: { type: 'string' },
      'proof-of-address': { type: 'string' },
      passport: { type: 'string' },
      'current-card': { type: 'string' },
      photo: { type: 'string' },
      'idempotency-key': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (!command || values.help) {
    io.out(USAGE);
    return command || values.help ? 0 : 2;
  }
  const apiUrl = env.GOLDCARD_API_URL;
  const apiKey = env.GOLDCARD_API_KEY;
  if (!apiUrl || !apiKey) {
    io.err('Set GOLDCARD_API_URL and GOLDCARD_API_KEY.');
    return 2;
  }
  const client = new GoldcardClient({
    apiUrl,
    apiKey,
    language: env.GOLDCARD_LANGUAGE === 'en' ? 'en' : 'zh-TW',
  });
  const print = (value: unknown) => io.out(JSON.stringify(value, null, 2));
  try {
    switch (command) {
      case 'requirements':
        print(await client.requirements());
        return 0;
      case 'list':
        print(await client.myAmendments());
        return 0;
      case 'show': {
        if (!rest[0]) throw new UsageError('show needs the case id');
        print(await client.amendment(rest[0]));
        return 0;
      }
      case 'file-address': {
        const need = (name: keyof typeof values): string => {
          const value = values[name];
          if (typeof value !== 'string' || !value) throw new UsageError(`--${name} is required`);
          return value;
        };
        const files: [DocumentType, string][] = [
          ['PROOF_OF_ADDRESS', need('proof-of-address')],
          ['PASSPORT', need('passport')],
          ['CURRENT_CARD', need('current-card')],
          ['PHOTO', need('photo')],
        ];
        const documents: Partial<Record<DocumentType, UploadFile>> = {};
        for (const [type, path] of files) documents[type] = await readUpload(path);
        print(
          await fileCase(client, {
            holder: { uiNumber: need('ui-number'), birthDate: need('birth-date') },
            residence: { city: need('city'), district: need('district'), line: need('line') },
            documents,
            idempotencyKey: values['idempotency-key'],
          }),
        );
        return 0;
      }
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof GoldcardError) {
      io.err(`${error.code}: ${error.message}`);
      for (const f of error.fields) io.err(`  ${f.field}: ${f.problem} (${f.message})`);
      if (Object.keys(error.params).length) io.err(`  params: ${JSON.stringify(error.params)}`);
      if (error.requestId) io.err(`  request id: ${error.requestId}`);
      return 1;
    }
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

class UsageError extends Error {}

// Run when executed (`node dist/cli.js …`), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCli(process.argv.slice(2), process.env);
}
