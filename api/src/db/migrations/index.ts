import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { Migration20261127000000Foundation } from './Migration20261127000000Foundation.js';

/** Applied in this order; listed explicitly so tests (vitest) and `node dist` see the same set. */
export const MIGRATIONS: { name: string; class: Constructor<Migration> }[] = [
  { name: 'Migration20261127000000Foundation', class: Migration20261127000000Foundation },
];
