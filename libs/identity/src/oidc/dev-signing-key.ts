import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

/**
 * The development provider's token signing key, generated once into DATA_DIR so tokens survive a restart.
 * Rotation is as with any provider: publish the new key in the JWKS; verifiers refetch on an unknown `kid`.
 */
export async function loadOrCreateDevSigningKey(dataDir: string): Promise<JWK> {
  const file = join(dataDir, 'dev-oidc-signing-key.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as JWK;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: `dev-${Date.now().toString(36)}` };
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(jwk), { mode: 0o600 });
  return jwk;
}
