import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isInputObjectType, isObjectType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { getSchema } from './schema.js';
import { repoRoot } from '../config.js';
import { ERROR_MESSAGES, FIELD_PROBLEMS } from '../shared/error-catalog.js';
import { printCurrentSchema, SCHEMA_FILE } from './print-schema.js';

describe('committed artefacts', () => {
  it('schema.graphql matches the code (run `npm run schema` after changing the API)', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(await printCurrentSchema());
  });

  it('every type, field and argument of the public schema carries a description', async () => {
    const schema = await getSchema();
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
      const isRoot = type.name === 'Query' || type.name === 'Mutation';
      if (!type.description && !isRoot) undocumented.push(type.name);
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        }
      }
      if (isObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of field.args) {
            if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('docs/errors.md lists every error code', async () => {
    const doc = await readFile(path.join(repoRoot, 'docs', 'errors.md'), 'utf8');
    const codes = [...Object.keys(ERROR_MESSAGES), ...Object.keys(FIELD_PROBLEMS)];
    const missing = codes.filter((code) => !doc.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });
});
