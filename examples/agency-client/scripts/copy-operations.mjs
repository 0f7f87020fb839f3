// The client reads its GraphQL operations at run time: copy them next to the compiled code.
import { cpSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
cpSync(join(root, 'src/operations'), join(root, 'dist/operations'), { recursive: true });
