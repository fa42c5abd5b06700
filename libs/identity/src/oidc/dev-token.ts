import { randomUUID } from 'node:crypto';
import { DomainError } from '@app/platform/errors/domain-error';
import { importJWK, type JWK, SignJWT } from 'jose';
import { DEMO_ACCOUNTS, demoClaims } from './demo-accounts';

/**
 * An access token for a demo account without the browser flow, for scripts and tests (`POST /dev/token`,
 * `npm run token -- voter1`). Signed with the development provider's key and shaped like its tokens.
 */
export async function mintDevAccessToken(options: {
  login: string;
  issuer: string;
  audience: string;
  clientId: string;
  signingKey: JWK;
  expiresInSeconds?: number;
}): Promise<string> {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.login === options.login);
  if (!account) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `No demo account "${options.login}"; use one of ${DEMO_ACCOUNTS.map((a) => a.login).join(', ')}`,
      {
        field: 'login',
      },
    );
  }
  const key = await importJWK(options.signingKey, 'RS256');
  return new SignJWT({ ...demoClaims(account), client_id: options.clientId, scope: 'openid profile roles' })
    .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: options.signingKey.kid })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setSubject(account.id)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${options.expiresInSeconds ?? 3600}s`)
    .sign(key);
}
