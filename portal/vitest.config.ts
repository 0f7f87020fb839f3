import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // Each browser test file starts the production API (embedded PostgreSQL, migrations, demo
    // data), an SMTP server and a real Chromium: one file at a time on a small machine.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
