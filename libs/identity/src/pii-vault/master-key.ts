import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PiiMasterKeyError } from './errors';
import { KEY_BYTES } from './pii-crypto';

export type MasterKeySource = Readonly<{
  /** PII_MASTER_KEY: base64 of 32 bytes. Unset or blank means "not configured". */
  configured?: string;
  /** Where a development key is kept when none is configured. */
  dataDir: string;
  production: boolean;
}>;

/** The file a development master key lives in, under the data directory. */
export const DEVELOPMENT_MASTER_KEY_FILE = 'pii-master-key';

/** A new random 32-byte master key. */
export function generateMasterKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/**
 * The configured PII_MASTER_KEY; outside production, without one, a key generated once into
 * `<dataDir>/pii-master-key` (mode 0600) and reused; in production, without one, an error.
 */
export async function loadOrCreateMasterKey(source: MasterKeySource): Promise<Buffer> {
  const configured = source.configured?.trim();
  if (configured) return decodeMasterKey(configured, 'PII_MASTER_KEY');
  if (source.production) {
    throw new PiiMasterKeyError('PII_MASTER_KEY is required in production: set it to 32 random bytes in base64 (openssl rand -base64 32)');
  }
  return loadOrCreateDevelopmentKey(source.dataDir);
}

function decodeMasterKey(value: string, origin: string): Buffer {
  // Buffer.from(…, 'base64') skips characters it does not know, so check the alphabet first.
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) {
    throw new PiiMasterKeyError(`${origin} is not valid base64: expected 32 random bytes in base64 (openssl rand -base64 32)`);
  }
  const key = Buffer.from(value, 'base64');
  if (key.length !== KEY_BYTES) {
    throw new PiiMasterKeyError(
      `${origin} must decode to exactly ${KEY_BYTES} bytes, but decodes to ${key.length} (openssl rand -base64 32)`,
    );
  }
  return key;
}

async function loadOrCreateDevelopmentKey(dataDir: string): Promise<Buffer> {
  const file = join(dataDir, DEVELOPMENT_MASTER_KEY_FILE);
  const existing = await readKeyFile(file);
  if (existing) return existing;
  await mkdir(dataDir, { recursive: true });
  // Write a private temporary file, then link it into place: link fails if the key exists, so two
  // processes starting together (api and projector) never overwrite or read a half-written key.
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, `${generateMasterKey().toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temporary);
  }
  const key = await readKeyFile(file);
  if (!key) throw new PiiMasterKeyError(`${file} vanished right after it was written`);
  return key;
}

async function readKeyFile(file: string): Promise<Buffer | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return decodeMasterKey(text.trim(), `The development PII master key in ${file}`);
}
