/// <reference types="vite/client" />

declare module 'virtual:graphql-introspection' {
  /** The API's introspection result, built from schema.graphql at build time (vite.config.ts). */
  const schema: import('graphql').IntrospectionSchema;
  export default schema;
}
