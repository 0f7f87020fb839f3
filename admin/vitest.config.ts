import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // Each browser test file starts the production API (embedded PostgreSQL, migrations, demo
    // data) and a real Chromium: one file at a time on a small machine, with room for a cold start.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
