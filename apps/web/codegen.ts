import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The staff pages' operations, typed from the gateway's schema (apps/web/schema.graphql, kept
 * current by test/e2e/web/staff-graphql-types.e2e-spec.ts). `npm run codegen` rewrites
 * src/staff/gql/. Documents are plain strings (no GraphQL parser in the bundle).
 */
const config: CodegenConfig = {
  schema: 'apps/web/schema.graphql',
  documents: ['apps/web/src/staff/**/*.tsx', 'apps/web/src/staff/**/*.ts', '!apps/web/src/staff/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    [process.env.CODEGEN_OUT ?? 'apps/web/src/staff/gql/']: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { documentMode: 'string', scalars: { DateTime: 'string' }, enumsAsTypes: true, useTypeImports: true, skipTypename: true, avoidOptionals: false },
    },
  },
  hooks: {},
};

export default config;
