import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** An import written in a file at `filePath` (virtual: the file is never written, only linted as text). */
type Edge = Readonly<{ filePath: string; code: string }>;
type Message = Readonly<{ ruleId: string | null; message: string }>;

const ROOT = join(__dirname, '..', '..');

/** Lints every edge in one child process with the real eslint.config.mjs, boundary rules only. */
function lint(edges: readonly Edge[]): Message[][] {
  const output = execFileSync(process.execPath, [join(__dirname, 'lint-texts.mjs')], {
    cwd: ROOT,
    input: JSON.stringify(edges),
    encoding: 'utf8',
  });
  return JSON.parse(output) as Message[][];
}

const edge = (filePath: string, source: string): Edge => ({ filePath, code: `import { x } from '${source}';\nexport const y = x;\n` });

const FORBIDDEN: Record<string, Edge> = {
  'the event store imports a domain': edge('libs/event-store/src/fixture.ts', '@app/appeals'),
  'the event store imports identity': edge('libs/event-store/src/fixture.ts', '../../identity/src/pii-vault/pii-vault'),
  'a lib imports an app': edge('libs/ratings/src/fixture.ts', '../../../apps/api/src/app.module'),
  'libs/ui imports a web app': edge('libs/ui/src/fixture.ts', '../../../apps/voter/src/routes'),
  'an app imports another app': edge('apps/projector/src/fixture.ts', '../../api/src/app.module'),
  'a web app imports another web app': edge('apps/voter/src/fixture.ts', '../../responder/src/routes'),
  'a web app imports libs/appeals': edge('apps/voter/src/fixture.ts', '../../../libs/appeals/src/domain'),
  'libs/ui imports the platform': edge('libs/ui/src/fixture.ts', '../../platform/src/errors/domain-error'),
  'ratings import the appeals read model': edge('libs/ratings/src/fixture.ts', '@app/appeals/read-model'),
  'analytics import the appeals index': edge('libs/analytics/src/fixture.ts', '@app/appeals'),
  'the platform core imports @nestjs': edge('libs/platform/src/fixture.ts', '@nestjs/common'),
  'the platform core imports the GraphQL server': edge('libs/platform/src/fixture.ts', '@nestjs/graphql'),
  'the platform core imports its Nest wiring': edge('libs/platform/src/config/fixture.ts', '@app/platform/nest'),
};

const ALLOWED: Record<string, Edge> = {
  'the event store imports pg': edge('libs/event-store/src/fixture.ts', 'pg'),
  'ratings import the platform core': edge('libs/ratings/src/fixture.ts', '@app/platform'),
  'a domain lib imports the Nest wiring': edge('libs/ratings/src/fixture.ts', '@app/platform/nest'),
  'the Nest wiring imports @nestjs': edge('libs/platform/src/nest/fixture.ts', '@nestjs/common'),
  'the Nest wiring imports the core': edge('libs/platform/src/nest/fixture.ts', '../config/config'),
  'the projector imports the read-model list': edge('apps/projector/src/fixture.ts', '@app/read-models'),
  'a web app imports libs/ui': edge('apps/voter/src/fixture.ts', '@app/ui'),
  'a web app imports its own files': edge('apps/voter/src/fixture.ts', './routes'),
  'the API imports a domain lib': edge('apps/api/src/fixture.ts', '@app/appeals/read-model'),
  'a ratings test builds the appeals read model': edge('libs/ratings/src/fixture.int.spec.ts', '@app/appeals/read-model'),
};

describe('import boundaries (eslint-plugin-boundaries in eslint.config.mjs)', () => {
  const forbidden = Object.entries(FORBIDDEN);
  const allowed = Object.entries(ALLOWED);
  let results: Message[][];

  beforeAll(() => {
    results = lint([...forbidden, ...allowed].map(([, e]) => e));
  }, 60_000);

  it.each(forbidden.map(([name], i) => [name, i] as const))('%s: an error', (_name, i) => {
    expect(results[i]).toEqual([expect.objectContaining({ ruleId: 'boundaries/dependencies' })]);
  });

  it.each(allowed.map(([name], i) => [name, forbidden.length + i] as const))('%s: no error', (_name, i) => {
    expect(results[i]).toEqual([]);
  });
});
