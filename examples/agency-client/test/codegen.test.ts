import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const OUTPUT = 'examples/agency-client/src/generated/graphql.ts';

describe('typed operations', () => {
  it(`${OUTPUT} matches schema.graphql and src/operations (run \`npm run codegen\`)`, async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const { config } = await loadCodegenConfig({
        configFilePath: path.join(root, 'codegen.yml'),
      });
      const outputs = (await generate({ ...config, cwd: root }, false)) as {
        filename: string;
        content: string;
      }[];
      const output = outputs.find((o) => o.filename.endsWith(OUTPUT));
      expect(output).toBeDefined();
      expect(await readFile(path.join(root, OUTPUT), 'utf8')).toBe(output!.content);
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});
