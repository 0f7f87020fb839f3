import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { repoRoot } from '../config.js';
import { getSchema } from './schema.js';

export const SCHEMA_FILE = path.join(repoRoot, 'schema.graphql');

export async function printCurrentSchema(): Promise<string> {
  const schema = await getSchema();
  return `# Generated from api/src by \`npm run schema\`. Do not edit by hand.\n\n${printSchema(
    lexicographicSortSchema(schema),
  )}\n`;
}

// Run as a script: `npm run schema` rewrites the committed schema.graphql.
if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(SCHEMA_FILE, await printCurrentSchema());
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}
