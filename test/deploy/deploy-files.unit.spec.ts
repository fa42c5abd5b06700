import { CONFIG_VARIABLES, loadConfig } from '@app/platform/config/config';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

// Static checks of deploy/: no Docker engine or cluster runs here, so each test reads the files the way
// Docker, Compose and Kubernetes would and asserts what a deployer would otherwise find out in production.

const root = join(__dirname, '../..');
const deploy = join(root, 'deploy');
const k8sDir = join(deploy, 'k8s');
const read = (...path: string[]) => readFileSync(join(...path), 'utf8');

type Env = Record<string, string>;

/** `node <file>` of an npm script, after any `npm run build && …` prefix. */
function nodeCommand(scriptName: string): string[] {
  const scripts = (JSON.parse(read(root, 'package.json')) as { scripts: Record<string, string> }).scripts;
  const script = scripts[scriptName];
  if (!script) throw new Error(`package.json has no "${scriptName}" script`);
  const command = script.split('&&').at(-1)!.trim().split(/\s+/);
  expect(command[0]).toBe('node');
  return command;
}

/** Read by the runtime, not the app: glibc's allocator (see docs/benchmarks.md, Photos). */
const RUNTIME_VARIABLES = ['MALLOC_ARENA_MAX'];
const isConfigVariable = (name: string) => (CONFIG_VARIABLES as readonly string[]).includes(name) || RUNTIME_VARIABLES.includes(name);
const expectConfigVariables = (env: Env) => expect(Object.keys(env).filter((name) => !isConfigVariable(name))).toEqual([]);

/** Fails on `latest` or a missing tag: a redeploy must not silently change what runs. */
function expectPinned(image: string) {
  const match = /^(?<name>(?:[^/]+\/)*[^/:@]+)(?::(?<tag>[^@]+))?(?:@sha256:[0-9a-f]{64})?$/.exec(image);
  expect({ image, tag: match?.groups?.tag }).toEqual({ image, tag: expect.stringMatching(/^(?!latest$)[\w][\w.-]*$/) });
}
const imageName = (image: string) => image.replace(/@.*$/, '').replace(/:[^/:]+$/, '');

// ---------- Dockerfile ----------

type Instruction = Readonly<{ keyword: string; args: string }>;

function dockerfileStages(): Instruction[][] {
  const logical = read(deploy, 'Dockerfile')
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const stages: Instruction[][] = [];
  for (const line of logical) {
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const instruction = { keyword: keyword.toUpperCase(), args };
    if (instruction.keyword === 'FROM') stages.push([]);
    stages.at(-1)?.push(instruction);
  }
  return stages;
}
const stages = dockerfileStages();
const finalStage = stages.at(-1) ?? [];
const all = (stage: readonly Instruction[], keyword: string) => stage.filter((instruction) => instruction.keyword === keyword);
const last = (stage: readonly Instruction[], keyword: string) => all(stage, keyword).at(-1);

function imageEnv(): Env {
  const env: Env = {};
  for (const { args } of all(finalStage, 'ENV')) {
    for (const [, name, value] of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S*)/g)) env[name] = value.replace(/^"|"$/g, '');
  }
  return env;
}

/** The numeric user the image runs as (names cannot be checked by Kubernetes' runAsNonRoot). */
function imageUid(): number {
  const user = last(finalStage, 'USER')?.args.split(':')[0];
  expect(user).toMatch(/^\d+$/);
  return Number(user);
}

describe('deploy/Dockerfile', () => {
  it('builds and runs on node:20-bookworm-slim, pinned', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage[0].args.split(/\s+/)[0]).toBe('node:20-bookworm-slim');
  });

  it('installs from the lockfile, builds, then drops dev dependencies', () => {
    const build = stages.find((stage) => all(stage, 'RUN').some(({ args }) => args.includes('npm run build'))) ?? [];
    const ciAt = build.findIndex(({ keyword, args }) => keyword === 'RUN' && /\bnpm ci\b/.test(args));
    const lockAt = build.findIndex(({ keyword, args }) => keyword === 'COPY' && args.includes('package-lock.json'));
    expect({ lockfileCopied: lockAt >= 0, beforeNpmCi: lockAt < ciAt }).toEqual({ lockfileCopied: true, beforeNpmCi: true });
    const runs = all(build, 'RUN')
      .map(({ args }) => args)
      .join(' && ');
    expect(runs.indexOf('npm run build')).toBeLessThan(runs.indexOf('npm prune --omit=dev'));
    expect(runs).toContain('npm prune --omit=dev');
  });

  it('starts the API exactly as the package.json "start" script does', () => {
    expect(JSON.parse(last(finalStage, 'CMD')?.args ?? 'null')).toEqual(nodeCommand('start'));
    expect(last(finalStage, 'ENTRYPOINT')).toBeUndefined();
  });

  it('ships the built entry files and production node_modules into the final stage', () => {
    const copied = all(finalStage, 'COPY')
      .filter(({ args }) => args.includes('--from='))
      .map(({ args }) => args.split(/\s+/).at(-1)!.replace(/^\.\//, '').replace(/\/$/, ''));
    expect(copied).toContain('node_modules');
    for (const entry of [nodeCommand('start')[1], nodeCommand('start:projector')[1]]) {
      expect({ entry, copied: copied.some((destination) => entry.startsWith(`${destination}/`)) }).toEqual({ entry, copied: true });
    }
  });

  it('runs in production mode, listening on all interfaces, as a non-root user', () => {
    const env = imageEnv();
    expectConfigVariables(env);
    expect(env).toMatchObject({ NODE_ENV: 'production', HOST: '0.0.0.0' });
    expect(imageUid()).toBeGreaterThan(0);
  });

  it('caps glibc allocator arenas, which photo decoding would otherwise grow past the pod limit', () => {
    expect(imageEnv()).toMatchObject({ MALLOC_ARENA_MAX: '2' });
  });

  it('exposes the port the app listens on and health-checks /healthz there with node, not curl', () => {
    const port = loadConfig({ ...imageEnv(), ...OPERATOR_SHELL, DATABASE_URL: 'postgres://u:p@db:5432/app' }).port;
    expect(last(finalStage, 'EXPOSE')?.args.split(/\s+/)).toEqual([String(port)]);
    const healthcheck = last(finalStage, 'HEALTHCHECK')?.args ?? '';
    expect(healthcheck).toMatch(/CMD \["node",/);
    expect(healthcheck).toContain('/healthz');
    expect(healthcheck).toMatch(/process\.env\.PORT \|\| 3000|:3000\//);
    expect(healthcheck).not.toMatch(/\b(curl|wget)\b/);
  });
});

describe('.dockerignore', () => {
  const ignored = read(root, '.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

  it('keeps host builds, dependencies, local data and history out of the build context', () => {
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.data', '.git', 'test-artifacts', 'bench/results']));
  });

  it('does not ignore a file the Dockerfile copies from the context', () => {
    const sources = stages
      .flatMap((stage) => all(stage, 'COPY'))
      .filter(({ args }) => !args.includes('--from='))
      .flatMap(({ args }) =>
        args
          .split(/\s+/)
          .filter((arg) => !arg.startsWith('--'))
          .slice(0, -1),
      );
    for (const source of sources) {
      expect(ignored).not.toContain(source);
      if (source !== '.') expect(existsSync(join(root, source))).toBe(true);
    }
  });
});

// ---------- docker-compose.yml ----------

type ComposeService = {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: string[];
  volumes?: string[];
  profiles?: string[];
  depends_on?: Record<string, { condition?: string }> | string[];
  healthcheck?: { test?: string[] | string; disable?: boolean };
};
const composeText = read(deploy, 'docker-compose.yml');
const compose = parse(composeText, { merge: true }) as { services: Record<string, ComposeService> };
const services = compose.services;

/** What an operator must set in the shell before `docker compose up` (the file says so with `${NAME:?…}`). */
const OPERATOR_SHELL: Env = {
  OIDC_ISSUER: 'https://idp.example.ru/realms/appeals',
  PII_MASTER_KEY: Buffer.alloc(32, 1).toString('base64'),
};

/** Compose's `${NAME:-default}` and `${NAME:?error}` interpolation, with only OPERATOR_SHELL set in the shell. */
const interpolate = (value: string) =>
  value.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*)|(:?\?)([^}]*))?\}/g,
    (_match, name: string, _dash?: string, fallback?: string, required?: string) => {
      if (required) {
        expect({ variable: name, setByOperator: name in OPERATOR_SHELL }).toEqual({ variable: name, setByOperator: true });
        return OPERATOR_SHELL[name] ?? '';
      }
      return OPERATOR_SHELL[name] ?? fallback ?? '';
    },
  );

function composeEnv(service: ComposeService): Env {
  const raw = service.environment ?? {};
  const entries = Array.isArray(raw)
    ? raw.map((item) => item.split(/=(.*)/s).slice(0, 2))
    : Object.entries(raw).map(([name, value]) => [name, value ?? '']);
  return Object.fromEntries(entries.map(([name, value]) => [String(name), interpolate(String(value ?? ''))]));
}
const dependsOn = (service: ComposeService) =>
  Array.isArray(service.depends_on) ? Object.fromEntries(service.depends_on.map((name) => [name, {}])) : (service.depends_on ?? {});

describe('deploy/docker-compose.yml', () => {
  const app = { api: services.api, projector: services.projector };

  it('pins every image to a tag, postgres included', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'kurrentdb', 'api', 'projector']));
    for (const service of Object.values(services)) expectPinned(service.image ?? '');
    expect(imageName(services.postgres.image!)).toBe('postgres');
  });

  it('builds the api and projector from deploy/Dockerfile into the same image', () => {
    expect(app.api.build).toEqual({ context: '..', dockerfile: 'deploy/Dockerfile' });
    expect(app.projector.image).toBe(app.api.image);
  });

  it.each(Object.keys(app))('gives %s only variables the config knows, valid for production, with DATABASE_URL', (name) => {
    const env = composeEnv(app[name as keyof typeof app]);
    expectConfigVariables(env);
    expect(env.DATABASE_URL).toBeTruthy();
    expect(() => loadConfig({ ...imageEnv(), ...env }, name === 'projector' ? 'projector' : 'api')).not.toThrow();
  });

  it('points DATABASE_URL at the postgres service with its user, password and database', () => {
    const postgres = composeEnv(services.postgres);
    for (const service of Object.values(app)) {
      const url = new URL(composeEnv(service).DATABASE_URL);
      expect({ host: url.hostname, port: url.port, user: url.username, password: url.password, database: url.pathname.slice(1) }).toEqual({
        host: 'postgres',
        port: '5432',
        user: postgres.POSTGRES_USER,
        password: postgres.POSTGRES_PASSWORD,
        database: postgres.POSTGRES_DB,
      });
    }
  });

  it('starts the api and projector only once postgres is healthy, and postgres has a pg_isready check', () => {
    for (const service of Object.values(app)) expect(dependsOn(service).postgres).toEqual({ condition: 'service_healthy' });
    expect(JSON.stringify(services.postgres.healthcheck?.test)).toContain('pg_isready');
  });

  it('keeps the PostgreSQL 18 data in the volume (mounted at /var/lib/postgresql, not …/data)', () => {
    expect(services.postgres.volumes?.map((volume) => volume.split(':')[1])).toEqual(['/var/lib/postgresql']);
  });

  it('leaves the projections to the projector: the api runs with PROJECTOR=off', () => {
    expect(loadConfig({ ...imageEnv(), ...composeEnv(app.api) }).runProjector).toBe(false);
  });

  it('runs the api with the image CMD and the projector with the "start:projector" command', () => {
    expect(app.api.command).toBeUndefined();
    expect(app.projector.command).toEqual(nodeCommand('start:projector'));
  });

  it('publishes the api on the port it listens on, and does not health-check the HTTP-less projector', () => {
    const port = loadConfig({ ...imageEnv(), ...composeEnv(app.api) }).port;
    expect(app.api.ports?.map((mapping) => mapping.split(':').at(-1))).toEqual([String(port)]);
    expect(app.projector.healthcheck).toEqual({ disable: true });
    expect(app.projector.ports).toBeUndefined();
  });

  it('makes KurrentDB optional behind the "kurrentdb" profile, as the header documents', () => {
    const kurrentdb = services.kurrentdb;
    expect(kurrentdb.profiles).toEqual(['kurrentdb']);
    expect(composeEnv(kurrentdb)).toMatchObject({ KURRENTDB_INSECURE: 'true', KURRENTDB_RUN_PROJECTIONS: 'None' });
    // Compose refuses to start an always-on service that depends on a service whose profile is off.
    for (const service of Object.values(app)) expect(Object.keys(dependsOn(service))).not.toContain('kurrentdb');
    expect(composeText).toContain('--profile kurrentdb up');
    const documented = /KURRENTDB_URL='([^']+)'/.exec(composeText)?.[1] ?? '';
    expect(loadConfig({ KURRENTDB_URL: documented }).kurrentDbUrl).toBe(documented);
    const url = new URL(documented.replace(/^kurrentdb:/, 'http:'));
    expect(url.hostname).toBe('kurrentdb');
    expect(kurrentdb.ports?.map((mapping) => mapping.split(':').at(-1))).toContain(url.port);
    for (const service of Object.values(app)) expect(Object.keys(composeEnv(service))).toContain('KURRENTDB_URL');
  });
});

// ---------- deploy/k8s ----------

type EnvVar = { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string; optional?: boolean } } };
type Probe = { httpGet?: { path?: string; port?: string | number } };
type SecurityContext = { runAsNonRoot?: boolean; runAsUser?: number; readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean };
type Container = {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
  env?: EnvVar[];
  ports?: { name?: string; containerPort: number }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: SecurityContext;
  volumeMounts?: { name: string; mountPath: string }[];
};
type Manifest = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  stringData?: Record<string, string>;
  spec?: {
    replicas?: number;
    selector?: Record<string, string> | { matchLabels?: Record<string, string> };
    ports?: { port: number; targetPort: string | number }[];
    template?: {
      metadata: { labels: Record<string, string> };
      spec: { securityContext?: SecurityContext; containers: Container[]; volumes?: { name: string; emptyDir?: object }[] };
    };
  };
};

const manifestFiles = readdirSync(k8sDir).filter((file) => /\.ya?ml$/.test(file) && file !== 'kustomization.yaml');
const manifests: Manifest[] = manifestFiles.flatMap((file) =>
  parseAllDocuments(read(k8sDir, file))
    .map((document) => document.toJS() as Manifest | null)
    .filter((document): document is Manifest => document !== null),
);
const kustomization = parse(read(k8sDir, 'kustomization.yaml')) as {
  namespace?: string;
  resources: string[];
  images?: { name: string; newTag?: string }[];
};

function find(kind: string, name: string): Manifest {
  const manifest = manifests.find((candidate) => candidate.kind === kind && candidate.metadata.name === name);
  if (!manifest) throw new Error(`no ${kind} "${name}" in deploy/k8s`);
  return manifest;
}
const podSpec = (deployment: Manifest) => deployment.spec!.template!.spec;
const container = (deployment: Manifest) => {
  const containers = podSpec(deployment).containers;
  expect(containers).toHaveLength(1);
  return containers[0];
};

/** The environment a container sees, with Secret references resolved from the Secret templates. */
function k8sEnv(target: Container): Env {
  const env: Env = {};
  for (const variable of target.env ?? []) {
    const ref = variable.valueFrom?.secretKeyRef;
    if (!ref) {
      env[variable.name] = String(variable.value ?? '');
      continue;
    }
    const value = find('Secret', ref.name).stringData?.[ref.key];
    if (value !== undefined) env[variable.name] = value;
    else expect({ variable: variable.name, optional: ref.optional }).toEqual({ variable: variable.name, optional: true });
  }
  return env;
}

function containerPort(target: Container, port: string | number | undefined): number | undefined {
  return typeof port === 'number' ? port : target.ports?.find((candidate) => candidate.name === port)?.containerPort;
}

describe('deploy/k8s', () => {
  const api = find('Deployment', 'api');
  const projector = find('Deployment', 'projector');
  const workloads = { api, projector };

  it('kustomization lists every manifest file in deploy/k8s, and only those', () => {
    expect([...kustomization.resources].sort()).toEqual([...manifestFiles].sort());
  });

  it('puts everything into the namespace the manifests create', () => {
    const namespaces = manifests.filter((manifest) => manifest.kind === 'Namespace');
    expect(namespaces.map((namespace) => namespace.metadata.name)).toEqual([kustomization.namespace]);
    for (const manifest of manifests) if (manifest.metadata.namespace) expect(manifest.metadata.namespace).toBe(kustomization.namespace);
  });

  it('pins the app image, and the kustomization image override matches the name the Deployments use', () => {
    for (const deployment of Object.values(workloads)) {
      const image = container(deployment).image;
      expectPinned(image);
      expect(kustomization.images?.map((override) => override.name)).toContain(imageName(image));
    }
    for (const override of kustomization.images ?? []) expect(override.newTag).not.toBe('latest');
    expect(container(projector).image).toBe(container(api).image);
  });

  it('keeps the DATABASE_URL Secret a template with a placeholder that still parses', () => {
    const secret = find('Secret', 'deputy-appeals-database');
    expect(secret.stringData?.DATABASE_URL).toContain('REPLACE_ME');
    expect(read(k8sDir, 'database-secret.yaml')).toMatch(/replace/i);
  });

  it.each(Object.keys(workloads))(
    'gives %s only variables the config knows, valid for production, with DATABASE_URL from the Secret',
    (name) => {
      const target = container(workloads[name as keyof typeof workloads]);
      const env = k8sEnv(target);
      expectConfigVariables(env);
      expect(target.env?.find((variable) => variable.name === 'DATABASE_URL')?.valueFrom?.secretKeyRef).toMatchObject({
        key: 'DATABASE_URL',
      });
      expect(() => loadConfig({ ...imageEnv(), ...env }, name === 'projector' ? 'projector' : 'api')).not.toThrow();
    },
  );

  it.each(Object.keys(workloads))('selects its own pods in the %s Deployment', (name) => {
    const deployment = workloads[name as keyof typeof workloads];
    const matchLabels = (deployment.spec!.selector as { matchLabels: Record<string, string> }).matchLabels;
    expect(deployment.spec!.template!.metadata.labels).toMatchObject(matchLabels);
    for (const other of Object.values(workloads))
      if (other !== deployment) expect(other.spec!.template!.metadata.labels).not.toMatchObject(matchLabels);
  });

  it('runs 2 api replicas with PROJECTOR=off, and 1 projector with the "start:projector" command', () => {
    expect(api.spec!.replicas).toBe(2);
    expect(loadConfig({ ...imageEnv(), ...k8sEnv(container(api)) }).runProjector).toBe(false);
    expect(container(api).command).toBeUndefined();
    expect(projector.spec!.replicas).toBe(1);
    expect([...(container(projector).command ?? []), ...(container(projector).args ?? [])]).toEqual(nodeCommand('start:projector'));
  });

  it('probes the api on /healthz at the container port that matches PORT', () => {
    const target = container(api);
    const port = loadConfig({ ...imageEnv(), ...k8sEnv(target) }).port;
    expect(target.ports?.map((candidate) => candidate.containerPort)).toEqual([port]);
    expect(target.readinessProbe).toBeDefined();
    expect(target.livenessProbe).toBeDefined();
    for (const probe of [target.readinessProbe, target.livenessProbe, target.startupProbe].filter(Boolean)) {
      expect({ path: probe!.httpGet?.path, port: containerPort(target, probe!.httpGet?.port) }).toEqual({ path: '/healthz', port });
    }
  });

  it('routes the api Service to the api pods on the container port', () => {
    const service = find('Service', 'api');
    expect(api.spec!.template!.metadata.labels).toMatchObject(service.spec!.selector as Record<string, string>);
    expect(projector.spec!.template!.metadata.labels).not.toMatchObject(service.spec!.selector as Record<string, string>);
    for (const { targetPort } of service.spec!.ports ?? [])
      expect(containerPort(container(api), targetPort)).toBe(container(api).ports?.[0]?.containerPort);
  });

  it.each(Object.keys(workloads))('runs %s as the image non-root user on a read-only root filesystem with /tmp writable', (name) => {
    const deployment = workloads[name as keyof typeof workloads];
    const target = container(deployment);
    const security = { ...podSpec(deployment).securityContext, ...target.securityContext };
    expect(security).toMatchObject({
      runAsNonRoot: true,
      runAsUser: imageUid(),
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
    });
    const tmp = target.volumeMounts?.find((mount) => mount.mountPath === '/tmp');
    expect(podSpec(deployment).volumes?.find((volume) => volume.name === tmp?.name)?.emptyDir).toBeDefined();
  });

  it.each(Object.keys(workloads))('sets resource requests and a memory limit for %s', (name) => {
    const resources = container(workloads[name as keyof typeof workloads]).resources;
    expect(resources?.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
    expect(resources?.limits?.memory).toEqual(expect.any(String));
  });
});
