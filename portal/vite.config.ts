import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API serves the built portal at / and GraphQL at /graphql on the same origin, so the
// HttpOnly session cookie works without CORS.
export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the pages: their own chunks stay cached across
        // releases. The pages themselves are split by route (React.lazy in src/routes.tsx).
        advancedChunks: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            {
              name: 'mui',
              test: /node_modules[\\/](@mui|@emotion|@popperjs|react-transition-group)[\\/]/,
            },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|@wry|optimism|zen-observable|ts-invariant|rehackt|tslib)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    // `npm run dev -w @goldcard/portal` next to a running API (`npm start`, port 4000).
    proxy: {
      '/graphql': 'http://127.0.0.1:4000',
      '/documents': 'http://127.0.0.1:4000',
      '/amendments/': {
        target: 'http://127.0.0.1:4000',
        bypass: (req) => (req.headers.accept?.includes('text/html') ? req.url : undefined),
      },
      '/sandbox-gateway': 'http://127.0.0.1:4000',
      '/payments': 'http://127.0.0.1:4000',
    },
  },
});
