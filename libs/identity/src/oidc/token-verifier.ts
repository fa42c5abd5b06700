import { DomainError } from '@app/platform/errors/domain-error';
import { createLocalJWKSet, createRemoteJWKSet, errors, type JWK, type JWTPayload, jwtVerify } from 'jose';
import { type RoleClaims, type Viewer, viewerFromClaims } from '../access/viewer';

type KeySet = ReturnType<typeof createLocalJWKSet> | ReturnType<typeof createRemoteJWKSet>;

export type TokenVerifierOptions = Readonly<{
  issuer: string;
  audience: string;
  /** Keys known in-process (the development provider's); otherwise found by the issuer's discovery document. */
  localKeys?: readonly JWK[];
  /**
   * After fetching the key set, an unknown key id refetches it only after this long (default 30 s), so
   * tokens with made-up key ids cannot make us hammer the provider. Providers publish a new key before
   * signing with it, and the cached set is refreshed every 10 minutes anyway.
   */
  jwksCooldownMs?: number;
}>;

/**
 * Verifies bearer access tokens (JWT, RFC 9068): signature against the issuer's JWKS (found by discovery,
 * cached, refetched when a token names an unknown key, so rotation needs no restart), issuer, audience and
 * expiry. Every failure is `UNAUTHENTICATED` with a reason a developer can act on.
 */
export class TokenVerifier {
  private jwks: KeySet | undefined;

  constructor(private readonly options: TokenVerifierOptions) {}

  async verify(authorization: string | undefined): Promise<Viewer> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw new DomainError('UNAUTHENTICATED', 'Sign in first: send an access token as "Authorization: Bearer <token>"');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await this.keySet(), {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
        // An access token (RFC 9068), never an ID token that happens to carry the same audience; and one that expires.
        typ: 'at+jwt',
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 5,
      }));
    } catch (error) {
      throw new DomainError('UNAUTHENTICATED', reason(error));
    }
    return viewerFromClaims(payload.sub, payload as RoleClaims);
  }

  private async keySet(): Promise<KeySet> {
    if (this.jwks) return this.jwks;
    if (this.options.localKeys) {
      // Public halves only: a private key never serves as a verification key.
      const keys = this.options.localKeys.map(({ d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicKey }) => publicKey);
      this.jwks = createLocalJWKSet({ keys });
    } else {
      const jwksUri = await discoverJwksUri(this.options.issuer);
      this.jwks = createRemoteJWKSet(new URL(jwksUri), {
        cooldownDuration: this.options.jwksCooldownMs ?? 30_000,
        cacheMaxAge: 10 * 60_000,
      });
    }
    return this.jwks;
  }
}

async function discoverJwksUri(issuer: string): Promise<string> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const response = await fetch(url).catch((error: unknown) => {
    throw new DomainError('UNAUTHENTICATED', `The identity provider is unreachable (${url}): ${String(error)}`);
  });
  if (!response.ok)
    throw new DomainError('UNAUTHENTICATED', `The identity provider's discovery document answered ${response.status} (${url})`);
  const metadata = (await response.json()) as { issuer?: string; jwks_uri?: string };
  if (metadata.issuer !== issuer || !metadata.jwks_uri) {
    throw new DomainError('UNAUTHENTICATED', `The discovery document at ${url} names issuer ${metadata.issuer ?? '(none)'}, not ${issuer}`);
  }
  return metadata.jwks_uri;
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The access token has expired: sign in again or refresh it';
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return 'The access token is not signed by the configured identity provider';
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return `The access token's "${error.claim}" claim is not accepted here (${error.reason}): it was issued for another audience or issuer`;
  }
  if (error instanceof errors.JOSEError) return `The access token is not valid: ${error.message}`;
  if (error instanceof DomainError) return error.message;
  return 'The access token could not be verified';
}
