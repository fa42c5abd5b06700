import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '@test/processes';
import { type RunningApi, startApi } from '@test/running-api';
import { ACCESS_MATRIX, ACTORS, type Actor, matrixAsMarkdown } from './access-matrix';

const LOGINS: Record<Exclude<Actor, 'ANONYMOUS'>, string> = {
  VOTER: 'voter2',
  DEPUTY: 'deputy1',
  ASSISTANT: 'assistant1',
  MODERATOR: 'moderator1',
  ANALYST: 'analyst1',
  ADMIN: 'admin1',
};

describe('authorisation matrix (docs/access.md)', () => {
  let api: RunningApi;
  const tokens = new Map<Actor, string | undefined>();

  beforeAll(async () => {
    api = await startApi();
    tokens.set('ANONYMOUS', undefined);
    for (const [actor, login] of Object.entries(LOGINS)) tokens.set(actor as Actor, await api.token(login));
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('has a row for every query and mutation of the schema', async () => {
    const { data } = await api.graphql('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }');
    const schema = data!.__schema as {
      queryType: { fields: Array<{ name: string }> };
      mutationType: { fields: Array<{ name: string }> } | null;
    };
    const operations = [...schema.queryType.fields, ...(schema.mutationType?.fields ?? [])].map((field) => field.name).sort();
    expect(ACCESS_MATRIX.map((row) => row.operation).sort()).toEqual(operations);
  });

  it('is the table published in docs/access.md', () => {
    expect(readFileSync(join(ROOT, 'docs/access.md'), 'utf8')).toContain(matrixAsMarkdown());
  });

  const cells = ACCESS_MATRIX.flatMap((row) => ACTORS.map((actor) => [row.operation, actor, row.outcomes[actor], row.document] as const));
  it.each(cells)('%s as %s: %s', async (operation, actor, outcome, document) => {
    const response = await api.graphql(document, { token: tokens.get(actor) });
    if (outcome === 'ALLOW') {
      expect(response.errors).toBeUndefined();
      expect(response.data?.[operation]).toBeDefined();
    } else {
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual([outcome]);
    }
  });
});
