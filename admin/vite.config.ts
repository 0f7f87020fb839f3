import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, introspectionFromSchema } from 'graphql';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

const schemaFile = fileURLToPath(new URL('../schema.graphql', import.meta.url));
const INTROSPECTION_ID = 'virtual:graphql-introspection';

/**
 * `virtual:graphql-introspection`: the API's introspection result, computed when the console is
 * built from the committed schema.graphql. Production switches runtime introspection off, so
 * ra-data-graphql gets it this way instead of asking the server.
 */
function graphqlIntrospection(): Plugin {
  const resolvedId = `\0${INTROSPECTION_ID}`;
  return {
    name: 'goldcard-graphql-introspection',
    resolveId: (id) => (id === INTROSPECTION_ID ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      this.addWatchFile(schemaFile);
      const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
      const { __schema } = introspectionFromSchema(schema, { descriptions: false });
      return `export default ${JSON.stringify(__schema)};`;
    },
  };
}

// The API serves the built console at /admin/ and GraphQL at /graphql on the same origin.
export default defineConfig({
  base: '/admin/',
  plugins: [
    graphqlIntrospection(),
    react(),
    // <file>.br (brotli, quality 11) and <file>.gz (gzip -9) beside every text file, which the
    // API sends to browsers that accept them (api/src/http/built-app.ts): compressing this well
    // takes seconds, so it is done once here rather than per request.
    compression({ algorithms: ['brotliCompress', 'gzip'] }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2_000,
  },
  server: {
    // `npm run dev -w @goldcard/admin` next to a running API (`npm start`, port 4000).
    proxy: {
      '/graphql': 'http://127.0.0.1:4000',
      '/documents': 'http://127.0.0.1:4000',
    },
  },
});
