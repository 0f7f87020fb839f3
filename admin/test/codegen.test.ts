import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('typed operations', () => {
  it('admin/src/generated/graphql.ts matches schema.graphql (run `npm run codegen`)', async () => {
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
      const output = outputs.find((o) => o.filename.endsWith('admin/src/generated/graphql.ts'));
      expect(output).toBeDefined();
      const committed = await readFile(path.join(root, 'admin/src/generated/graphql.ts'), 'utf8');
      expect(committed).toBe(output!.content);
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});
