import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { TokenVerifier } from './token-verifier';

type KeyPair = { privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey']; publicJwk: JWK };

async function keyPair(kid: string): Promise<KeyPair> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  return { privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

/** An identity provider's discovery document and key set over real HTTP, with keys that can be rotated. */
describe('TokenVerifier against an issuer found by discovery', () => {
  let server: Server;
  let issuer: string;
  let published: JWK[] = [];
  let jwksFetches = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/.well-known/openid-configuration') {
        res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
      } else if (req.url === '/jwks') {
        jwksFetches += 1;
        res.end(JSON.stringify({ keys: published }));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const token = (key: KeyPair, claims: Record<string, unknown> = { role: 'VOTER' }): Promise<string> =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: key.publicJwk.kid })
      .setIssuer(issuer)
      .setAudience('urn:appeals:api')
      .setSubject('5d0f2b1e-0c43-4a57-8a3c-7a1d2c000001')
      .setExpirationTime('5m')
      .sign(key.privateKey);

  it('verifies with keys found through discovery, caches them, and follows a key rotation without a restart', async () => {
    const first = await keyPair('k1');
    published = [first.publicJwk];
    const verifier = new TokenVerifier({ issuer, audience: 'urn:appeals:api', jwksCooldownMs: 0 });

    expect(await verifier.verify(`Bearer ${await token(first)}`)).toMatchObject({ role: 'VOTER' });
    await verifier.verify(`Bearer ${await token(first)}`);
    expect(jwksFetches).toBe(1);

    const second = await keyPair('k2');
    published = [first.publicJwk, second.publicJwk];
    expect(await verifier.verify(`Bearer ${await token(second)}`)).toMatchObject({ role: 'VOTER' });
    expect(jwksFetches).toBe(2);
  });

  it('refuses a token whose role claims are incomplete', async () => {
    const key = await keyPair('k3');
    published = [key.publicJwk];
    const verifier = new TokenVerifier({ issuer, audience: 'urn:appeals:api' });
    await expect(verifier.verify(`Bearer ${await token(key, { role: 'DEPUTY' })}`)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'A DEPUTY token must name the deputy (deputy_id claim)',
    });
    await expect(verifier.verify(`Bearer ${await token(key, { role: 'SUPERUSER' })}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('says so when the issuer cannot be reached', async () => {
    const verifier = new TokenVerifier({ issuer: 'http://127.0.0.1:9', audience: 'urn:appeals:api' });
    await expect(verifier.verify(`Bearer ${await token(await keyPair('k4'))}`)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: expect.stringContaining('The identity provider is unreachable'),
    });
  });
});
