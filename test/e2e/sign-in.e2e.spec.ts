import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import { HttpSession, pkce } from '@test/http-session';
import { ROOT } from '@test/processes';
import { type RunningApi, startApi } from '@test/running-api';

describe('signing in with OpenID Connect (development provider)', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api?.stop();
  });

  const me = '{ me { id role name deputyId regions } }';
  const authorize = (session: HttpSession, challenge: string, state: string): Promise<{ url: string; status: number; body: string }> =>
    session.navigate(
      `${api.base}/oidc/auth?${new URLSearchParams({
        client_id: 'appeals-web',
        response_type: 'code',
        redirect_uri: `${api.base}/callback`,
        scope: 'openid profile roles',
        code_challenge: challenge,
        code_challenge_method: 'S256',
        state,
        nonce: 'n-0S6_WzA2Mj',
      }).toString()}`,
    );

  const tokenRequest = (params: Record<string, string>): Promise<Response> =>
    fetch(`${api.base}/oidc/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params),
    });

  it('signs voter1 in through the authorisation code flow with PKCE, and the token works for `me`', async () => {
    const session = new HttpSession();
    const { verifier, challenge } = pkce();
    const loginPage = await authorize(session, challenge, 'state-1');
    expect(loginPage.status).toBe(200);
    expect(loginPage.body).toContain('Вход');

    const wrong = await session.submitForm(loginPage, { login: 'voter1', password: 'wrong' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toContain('Неверный логин или пароль');

    const back = await session.submitForm(wrong, { login: 'voter1', password: 'demo' }, `${api.base}/callback`);
    const callback = new URL(back.url);
    expect(callback.searchParams.get('state')).toBe('state-1');
    const code = callback.searchParams.get('code');
    expect(code).toBeTruthy();

    const tokenResponse = await tokenRequest({
      grant_type: 'authorization_code',
      code: code!,
      redirect_uri: `${api.base}/callback`,
      client_id: 'appeals-web',
      code_verifier: verifier,
    });
    expect(tokenResponse.status).toBe(200);
    const tokens = (await tokenResponse.json()) as { access_token: string; id_token: string; token_type: string };
    expect(tokens.token_type).toBe('Bearer');
    expect(tokens.id_token).toBeTruthy();

    expect(await api.graphql(me, { token: tokens.access_token })).toEqual({
      data: { me: { id: '5d0f2b1e-0c43-4a57-8a3c-7a1d2c000001', role: 'VOTER', name: 'Анна Смирнова', deputyId: null, regions: [] } },
    });
  });

  it('refuses the code without the PKCE verifier', async () => {
    const session = new HttpSession();
    const { challenge } = pkce();
    const loginPage = await authorize(session, challenge, 'state-2');
    const back = await session.submitForm(loginPage, { login: 'deputy1', password: 'demo' }, `${api.base}/callback`);
    const code = new URL(back.url).searchParams.get('code')!;
    const response = await tokenRequest({
      grant_type: 'authorization_code',
      code,
      redirect_uri: `${api.base}/callback`,
      client_id: 'appeals-web',
      code_verifier: pkce().verifier,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  describe('renewing the access token with a refresh token, as the web apps do', () => {
    type Tokens = { access_token: string; refresh_token?: string; expires_in: number; scope: string };
    /** A sign-in as a web app makes it (the API's resource at both steps); the browser's cookies and the tokens. */
    const signInForTokens = async (login: string): Promise<{ session: HttpSession; tokens: Tokens }> => {
      const session = new HttpSession();
      const { verifier, challenge } = pkce();
      const loginPage = await authorize(session, challenge, `state-${login}`);
      const back = await session.submitForm(loginPage, { login, password: 'demo' }, `${api.base}/callback`);
      const code = new URL(back.url).searchParams.get('code')!;
      const response = await tokenRequest({
        grant_type: 'authorization_code',
        code,
        redirect_uri: `${api.base}/callback`,
        client_id: 'appeals-web',
        code_verifier: verifier,
        resource: 'urn:appeals:api',
      });
      expect(response.status).toBe(200);
      return { session, tokens: (await response.json()) as Tokens };
    };
    // What oidc-client-ts sends: the refresh token and the scope it was granted, no resource.
    const refresh = (tokens: Pick<Tokens, 'refresh_token' | 'scope'>): Promise<Response> =>
      tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token!, scope: tokens.scope, client_id: 'appeals-web' });
    const refused = async (response: Response) => {
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
    };

    it('gives the public web client a refresh token that renews the access token, rotating it on each use', async () => {
      const { tokens } = await signInForTokens('deputy1');
      expect(tokens.expires_in).toBe(3600); // DEV_ACCESS_TOKEN_TTL's default
      expect(tokens.refresh_token).toEqual(expect.any(String));

      const response = await refresh(tokens);
      expect(response.status).toBe(200);
      const renewed = (await response.json()) as Tokens;
      expect(renewed.access_token).not.toBe(tokens.access_token);
      expect(renewed.refresh_token).toEqual(expect.any(String));
      expect(renewed.refresh_token).not.toBe(tokens.refresh_token);
      // The renewed token is for the API, with the role claims, like the first.
      expect(await api.graphql(me, { token: renewed.access_token })).toMatchObject({
        data: { me: { role: 'DEPUTY', deputyId: '0b6a3a52-8f0e-4d7c-9d1a-1f0c6c1e0001' } },
      });
      expect((await refresh(renewed)).status).toBe(200);
    });

    it('takes a spent refresh token used again for a stolen one: refused, and the sign-in revoked', async () => {
      const { tokens } = await signInForTokens('voter1');
      const renewed = (await (await refresh(tokens)).json()) as Tokens;
      await refused(await refresh(tokens));
      await refused(await refresh(renewed));
    });

    it('stops renewing once the session at the provider has ended', async () => {
      const { session, tokens } = await signInForTokens('voter2');
      const renewed = await refresh(tokens);
      expect(renewed.status).toBe(200); // renewing works while the session lasts
      const confirm = await session.navigate(`${api.base}/oidc/session/end?client_id=appeals-web`);
      const xsrf = /name="xsrf" value="([^"]+)"/.exec(confirm.body)?.[1];
      expect(xsrf).toBeTruthy();
      await session.submitForm(confirm, { xsrf: xsrf!, logout: 'yes' });
      await refused(await refresh((await renewed.json()) as Tokens));
    });
  });

  describe('tokens the API refuses with UNAUTHENTICATED', () => {
    const signingKey = (): JWK => JSON.parse(readFileSync(join(api.dataDir, 'dev-oidc-signing-key.json'), 'utf8')) as JWK;
    const forge = async (change: {
      key?: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
      audience?: string;
      expires?: number;
      typ?: string;
    }): Promise<string> => {
      const key = change.key ?? (await importJWK(signingKey(), 'RS256'));
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ role: 'VOTER', client_id: 'appeals-web' })
        .setProtectedHeader({ alg: 'RS256', typ: change.typ ?? 'at+jwt', kid: signingKey().kid })
        .setIssuer(`${api.base}/oidc`)
        .setAudience(change.audience ?? 'urn:appeals:api')
        .setSubject('5d0f2b1e-0c43-4a57-8a3c-7a1d2c000001')
        .setIssuedAt(now - 7200)
        .setExpirationTime(change.expires ?? now + 600)
        .sign(key);
    };
    const refused = async (token: string | undefined): Promise<string> => {
      const response = await api.graphql(me, { token });
      expect(response.data).toBeNull();
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      return response.errors![0].message;
    };

    it('accepts a well-formed token (the forgery helper is sound)', async () => {
      expect((await api.graphql(me, { token: await forge({}) })).data).toMatchObject({ me: { role: 'VOTER' } });
    });
    it('expired', async () => {
      expect(await refused(await forge({ expires: Math.floor(Date.now() / 1000) - 60 }))).toMatch(/expired/);
    });
    it('signed with another key', async () => {
      const { privateKey } = await generateKeyPair('RS256');
      expect(await refused(await forge({ key: privateKey }))).toMatch(/not signed by the configured identity provider/);
    });
    it('for another audience', async () => {
      expect(await refused(await forge({ audience: 'someone-else' }))).toMatch(/"aud" claim/);
    });
    it('an ID token or any JWT that is not an access token', async () => {
      expect(await refused(await forge({ typ: 'JWT' }))).toMatch(/"typ"/);
    });
    it('missing, or not a bearer token', async () => {
      expect(await refused(undefined)).toMatch(/Sign in first/);
      expect(await refused('not-a-jwt')).toMatch(/not valid/);
    });
  });

  it('gives scripts a token with POST /dev/token and npm run token', async () => {
    expect((await api.graphql(me, { token: await api.token('analyst1') })).data).toMatchObject({ me: { role: 'ANALYST', regions: ['*'] } });
    const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/token.mjs'), 'assistant1'], {
      env: { ...process.env, PUBLIC_URL: api.base },
    });
    expect((await api.graphql(me, { token: stdout.trim() })).data).toMatchObject({
      me: { role: 'ASSISTANT', deputyId: '0b6a3a52-8f0e-4d7c-9d1a-1f0c6c1e0001' },
    });
    const unknown = await fetch(`${api.base}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"login":"mallory"}',
    });
    expect(unknown.status).toBe(400);
  });
});
