import type { IncomingMessage } from 'node:http';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

const API = 'http://127.0.0.1:4000';
const pagesStayHere = (req: IncomingMessage) =>
  req.headers.accept?.includes('text/html') ? req.url : undefined;

// The API serves the built portal at / and GraphQL at /graphql on the same origin, so the
// HttpOnly session cookie works without CORS.
export default defineConfig({
  base: '/',
  plugins: [
    react(),
    // Brotli and gzip copies of every text file, made once at build time; the API sends them to
    // browsers that accept them (api/src/http/built-app.ts).
    compression({ algorithms: ['brotliCompress', 'gzip'] }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries every page needs change less often than the pages: their own chunks stay
        // cached across releases. MUI is left to the bundler, so that each page's chunk carries
        // only the components it uses (one MUI chunk would put every page's on the first one).
        advancedChunks: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
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
    // `npm run dev -w @goldcard/portal` next to a running API (`npm start`, port 4000). Page
    // addresses that share a prefix with API routes (/amendments/<id>, /mandates) stay with Vite
    // when the browser asks for a page; files, PDFs and uploads go to the API.
    proxy: {
      '/graphql': API,
      '/documents': API,
      '/sandbox-gateway': API,
      '/payments': API,
      '/dev': API,
      '/amendments/': { target: API, bypass: pagesStayHere },
      '/mandates/': { target: API, bypass: pagesStayHere },
    },
  },
});
