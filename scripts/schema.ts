/**
 * Writes schema.gql: starts the built API (dist/, `nest build api` first) on a throwaway embedded PostgreSQL, as the
 * end-to-end tests do, and prints the schema it serves. `npm run schema` builds, runs this and regenerates the web
 * apps' types (codegen.ts); test/e2e/schema.e2e.spec.ts fails when the file is stale.
 */
import { readSchemaFile, SCHEMA_FILE, servedSchema, writeSchemaFile } from '../test/support/served-schema';
import { startApi } from '../test/support/running-api';

async function main(): Promise<void> {
  const api = await startApi();
  try {
    const served = await servedSchema(api);
    const before = (() => {
      try {
        return readSchemaFile();
      } catch {
        return '';
      }
    })();
    writeSchemaFile(served);
    process.stdout.write(`${SCHEMA_FILE}: ${before === served ? 'unchanged' : 'written'}\n`);
  } finally {
    await api.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
