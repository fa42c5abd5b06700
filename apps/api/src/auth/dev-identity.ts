import type { JWK } from 'jose';
import type { Provider } from 'oidc-provider';
import { createDevIdentityProvider } from '@app/identity/oidc/dev-identity-provider';
import { loadOrCreateDevSigningKey } from '@app/identity/oidc/dev-signing-key';
import type { RuntimeConfig } from '@app/platform';

/** The development identity provider, mounted at `<PUBLIC_URL>/oidc` when no OIDC_ISSUER is configured. */
export type DevIdentity = Readonly<{ issuer: string; mountPath: string; signingKey: JWK; provider: Provider }>;

export async function createDevIdentity(config: RuntimeConfig): Promise<DevIdentity | null> {
  if (config.oidcIssuer) return null;
  const signingKey = await loadOrCreateDevSigningKey(config.dataDir);
  const issuer = `${config.publicUrl}/oidc`;
  const apps = ['', '/responder', '/analyst'];
  const provider = await createDevIdentityProvider({
    issuer,
    audience: config.oidcAudience,
    clientId: config.oidcClientId,
    // The three web apps, served by the API, and on the Vite dev server (npm run dev:<app>).
    redirectUris: [
      ...apps.map((app) => `${config.publicUrl}${app}/callback`),
      ...apps.map((app) => `http://localhost:5173${app}/callback`),
    ],
    signingKey,
    accessTokenTtl: config.devAccessTokenTtl,
    production: config.env === 'production',
  });
  return { issuer, mountPath: '/oidc', signingKey, provider };
}
