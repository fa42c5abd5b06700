/** What the API serves at /app-config.json: the same build runs against any environment. */
export type AppConfig = Readonly<{
  graphqlUrl: string;
  oidc: Readonly<{ authority: string; clientId: string; resource: string; scope: string }>;
}>;

const text = (value: unknown, name: string): string => {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`app-config.json: ${name} must be a non-empty string`);
  return value;
};

/** Checks the shape of the runtime configuration, naming the first field that is wrong. */
export function parseAppConfig(value: unknown): AppConfig {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as { graphqlUrl?: unknown; oidc?: Record<string, unknown> };
  const oidc = raw.oidc ?? {};
  return {
    graphqlUrl: text(raw.graphqlUrl, 'graphqlUrl'),
    oidc: {
      authority: text(oidc.authority, 'oidc.authority'),
      clientId: text(oidc.clientId, 'oidc.clientId'),
      resource: text(oidc.resource, 'oidc.resource'),
      scope: text(oidc.scope, 'oidc.scope'),
    },
  };
}

export async function loadAppConfig(url = '/app-config.json'): Promise<AppConfig> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, cache: 'no-store' });
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return parseAppConfig(await response.json());
}
