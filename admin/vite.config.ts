import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API serves the built console at /admin/ and GraphQL at /graphql on the same origin.
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    // `npm run dev -w @goldcard/admin` next to a running API (`npm start`, port 4000).
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
