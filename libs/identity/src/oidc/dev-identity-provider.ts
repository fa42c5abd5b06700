import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { JWK } from 'jose';
import type { KoaContext, Provider } from 'oidc-provider';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount, demoClaims } from './demo-accounts';
import { renderLoginPage } from './login-page';

export type DevIdentityProviderOptions = Readonly<{
  /** e.g. `http://localhost:3000/oidc`; the provider is mounted at this URL's path. */
  issuer: string;
  audience: string;
  clientId: string;
  /** Where the web apps may return after sign-in. */
  redirectUris: readonly string[];
  signingKey: JWK;
  /** Lifetime of access tokens in seconds (`DEV_ACCESS_TOKEN_TTL`): short in tests of renewal. */
  accessTokenTtl: number;
  production: boolean;
}>;

const SCOPES = 'openid profile roles';

/** Refuses in production: demo accounts with a known password must never guard real data. */
export class DevIdentityProviderInProductionError extends Error {
  constructor() {
    super(
      'The development identity provider refuses to run with NODE_ENV=production: its demo accounts share a published password. Set OIDC_ISSUER to a real OpenID Connect provider.',
    );
    this.name = 'DevIdentityProviderInProductionError';
  }
}

/**
 * A real OpenID Connect provider (`oidc-provider`) for development: authorisation code flow with PKCE for
 * the web apps, a login page for the demo accounts, JWT access tokens (RFC 9068) for the API's audience
 * carrying the role claims, and refresh tokens that the web apps renew them with. Consent is implied for
 * the platform's own client.
 */
export async function createDevIdentityProvider(options: DevIdentityProviderOptions): Promise<Provider> {
  if (options.production) throw new DevIdentityProviderInProductionError();
  const { default: OidcProvider } = await import('oidc-provider');
  const accounts = new Map(DEMO_ACCOUNTS.map((account) => [account.id, account]));
  const mountPath = new URL(options.issuer).pathname.replace(/\/$/, '');

  const provider = new OidcProvider(options.issuer, {
    clients: [
      {
        client_id: options.clientId,
        token_endpoint_auth_method: 'none',
        redirect_uris: options.redirectUris,
        // After signing out, back to the start page of the app that signed in: /, /responder/, /analyst/.
        post_logout_redirect_uris: options.redirectUris.map((uri) => new URL('./', uri).toString()),
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [options.signingKey] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    scopes: ['openid', 'profile', 'roles'],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'], roles: ['role', 'deputy_id', 'regions'] },
    findAccount: async (_ctx: unknown, id: string) => {
      const account = accounts.get(id);
      return account ? { accountId: id, claims: async () => ({ sub: id, ...demoClaims(account) }) } : undefined;
    },
    pkce: { required: () => true },
    // Refresh tokens for the public web client without `offline_access`: they end with the sign-in session
    // (sign-out, session expiry, a restart of this provider), so renewal lasts only while the session does.
    issueRefreshToken: async (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean; tokenEndpointAuthMethod: string }) =>
      client.grantTypeAllowed('refresh_token') && client.tokenEndpointAuthMethod === 'none',
    // Each use returns a new refresh token; using a spent one again revokes the whole grant (theft detection).
    rotateRefreshToken: true,
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => options.audience,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: SCOPES,
          audience: options.audience,
          accessTokenFormat: 'jwt',
          accessTokenTTL: options.accessTokenTtl,
        }),
      },
    },
    extraTokenClaims: async (_ctx: unknown, token: { kind: string; accountId?: string }) => {
      const account = token.accountId ? accounts.get(token.accountId) : undefined;
      return token.kind === 'AccessToken' && account ? demoClaims(account) : undefined;
    },
    // The platform's own client needs no consent screen: the grant is created on first sign-in.
    loadExistingGrant: async (ctx: KoaContext) => {
      const { client, session, provider: self } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return self.Grant.find(grantId);
      const grant = new self.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(SCOPES);
      grant.addResourceScope(options.audience, SCOPES);
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `${mountPath}/interaction/${interaction.uid}` },
    renderError: async (ctx: KoaContext, out: { error: string; error_description?: string }) => {
      ctx.type = 'html';
      ctx.body = renderLoginPage({ action: '', error: `${out.error}: ${out.error_description ?? ''}`, accounts: [] });
    },
  });

  provider.use(async (ctx, next) => {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(ctx.path);
    if (!match) return next();
    await handleInteraction(provider, ctx, match[2] === '/login', mountPath, accounts);
  });
  return provider;
}

async function handleInteraction(
  provider: Provider,
  ctx: KoaContext,
  submitted: boolean,
  mountPath: string,
  accounts: ReadonlyMap<string, DemoAccount>,
): Promise<void> {
  const details = await provider.interactionDetails(ctx.req, ctx.res);
  const action = `${mountPath}/interaction/${details.uid}/login`;
  if (details.prompt.name !== 'login') {
    // Consent is implied (see loadExistingGrant); any other prompt ends the interaction as it stands.
    ctx.redirect(await provider.interactionResult(ctx.req, ctx.res, {}, { mergeWithLastSubmission: true }));
    return;
  }
  if (!submitted || ctx.method !== 'POST') {
    ctx.type = 'html';
    ctx.body = renderLoginPage({ action, accounts: DEMO_ACCOUNTS });
    return;
  }
  const form = new URLSearchParams(await readBody(ctx.req));
  const login = (form.get('login') ?? '').trim();
  const account = [...accounts.values()].find((candidate) => candidate.login === login);
  if (!account || !samePassword(form.get('password') ?? '', DEMO_PASSWORD)) {
    ctx.status = 401;
    ctx.type = 'html';
    ctx.body = renderLoginPage({ action, accounts: DEMO_ACCOUNTS, login, error: 'Неверный логин или пароль. Wrong login or password.' });
    return;
  }
  ctx.redirect(
    await provider.interactionResult(ctx.req, ctx.res, { login: { accountId: account.id } }, { mergeWithLastSubmission: false }),
  );
}

function samePassword(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > 10_000) throw new Error('Sign-in form too large');
  }
  return body;
}
