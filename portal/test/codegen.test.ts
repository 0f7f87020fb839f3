import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('typed documents', () => {
  it('portal/src/generated/ matches schema.graphql and the portal’s operations (run `npm run codegen`)', async () => {
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
      const ours = outputs.filter((o) => o.filename.includes('portal/src/generated/'));
      expect(ours.map((o) => path.basename(o.filename)).sort()).toEqual([
        'gql.ts',
        'graphql.ts',
        'index.ts',
      ]);
      for (const output of ours) {
        const committed = await readFile(path.join(root, output.filename), 'utf8');
        expect(committed, output.filename).toBe(output.content);
      }
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});
