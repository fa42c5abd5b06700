import { type RunningApi, startApi } from '@test/running-api';
import { readSchemaFile, SCHEMA_COMMAND, servedSchema } from '@test/served-schema';

/** The lines of `a` that `b` lacks, in order (enough to show what changed; the order is schema.gql's, sorted). */
const missingFrom = (a: string[], b: string[]): string[] => {
  const present = new Set(b);
  return a.filter((line) => line.trim() !== '' && !present.has(line));
};

/** schema.gql is the web apps' source of truth (codegen.ts): it must be what the built API serves. */
describe('schema.gql', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api?.stop());

  it('is the sorted schema the built API serves', async () => {
    const served = await servedSchema(api);
    const file = readSchemaFile();
    if (file === served) return;
    const [servedLines, fileLines] = [served.split('\n'), file.split('\n')];
    const added = missingFrom(servedLines, fileLines).map((line) => `+ ${line}`);
    const removed = missingFrom(fileLines, servedLines).map((line) => `- ${line}`);
    throw new Error(
      [
        `schema.gql is stale: run \`${SCHEMA_COMMAND}\` and commit schema.gql with the generated types.`,
        'Served by the API (+) but not in the file, and in the file (-) but not served:',
        ...[...added, ...removed].slice(0, 40),
        added.length + removed.length === 0 ? '(the same lines in another order or spacing)' : '',
      ].join('\n'),
    );
  });
});
