import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const CODEGEN = realpathSync(join(ROOT, 'node_modules', '.bin', 'graphql-codegen'));

/**
 * The web apps' generated GraphQL types (apps/*\/src/gql, libs/ui/src/gql) are checked in, so a fresh clone type-checks:
 * they must be what codegen.ts makes of schema.gql and the documents now. test/e2e/schema.e2e.spec.ts checks schema.gql.
 */
describe('generated GraphQL types', () => {
  it('are what codegen.ts generates from schema.gql and the documents', () => {
    const run = spawnSync(process.execPath, [CODEGEN, '--config', 'codegen.ts', '--check', '--silent'], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) {
      throw new Error(
        `${run.stdout}${run.stderr}\nThe generated types are stale: run \`npm run codegen\` (\`npm run schema\` when the API changed)` +
          ' and commit them.',
      );
    }
  }, 60_000);
});
