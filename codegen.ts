import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The web apps' GraphQL types, generated from schema.gql (`npm run codegen`; `npm run schema` rewrites the schema first).
 * Each app, and libs/ui, writes its documents with its own generated `graphql()` (from `src/gql`), so a document's result
 * and variables are typed from the schema. The apps may spread the fragments libs/ui defines (appeal-fields.ts).
 * The output is not checked in: `typecheck`, `lint` and `build:web` generate it first, so it cannot be stale (an editor
 * on a fresh clone wants one `npm run codegen`).
 *
 * Documents are generated as document nodes (the default `documentMode`): Apollo Client takes a DocumentNode, so no bundle
 * parses GraphQL at run time any more (with `gql` it carried graphql's parser; the entry chunks are 5–7 kB smaller gzipped).
 * The `string` mode would need that parser back, and the Babel plugin is not worth a Babel pass for ~40 small documents.
 */
const SHARED_FRAGMENTS = 'libs/ui/src/appeals/appeal-fields.ts';

const client = (documents: string[]): CodegenConfig['generates'][string] => ({
  preset: 'client',
  documents,
  // Fragments are plain types: a query's result includes its fragments' fields (no useFragment to unmask them).
  presetConfig: { fragmentMasking: false },
  config: {
    scalars: { DateTime: 'string' },
    useTypeImports: true,
    // An enum is a union of its values' strings, so libs/ui and each app see the same type.
    enumType: 'string-literal',
  },
});

const config: CodegenConfig = {
  schema: 'schema.gql',
  ignoreNoDocuments: false,
  generates: {
    'libs/ui/src/gql/': client(['libs/ui/src/**/*.{ts,tsx}', '!libs/ui/src/**/*.spec.ts']),
    'apps/voter/src/gql/': client(['apps/voter/src/**/*.{ts,tsx}', '!apps/voter/src/**/*.spec.ts', SHARED_FRAGMENTS]),
    'apps/responder/src/gql/': client(['apps/responder/src/**/*.{ts,tsx}', '!apps/responder/src/**/*.spec.ts', SHARED_FRAGMENTS]),
    'apps/analyst/src/gql/': client(['apps/analyst/src/**/*.{ts,tsx}', '!apps/analyst/src/**/*.spec.ts']),
  },
};

export default config;
