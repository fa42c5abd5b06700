import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PiiMasterKeyError } from './errors';
import { PiiVault } from './pii-vault';

describe('PiiVault.loadOrCreateMasterKey', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = join(await mkdtemp(join(tmpdir(), 'pii-key-')), 'data');
  });

  afterEach(async () => {
    await rm(join(dataDir, '..'), { recursive: true, force: true });
  });

  it('uses a configured base64 key of 32 bytes, in production or not', async () => {
    const key = PiiVault.generateMasterKey();
    expect(key).toHaveLength(32);
    const loaded = await PiiVault.loadOrCreateMasterKey({ configured: ` ${key.toString('base64')}\n`, dataDir, production: true });
    expect(loaded.equals(key)).toBe(true);
  });

  it('names PII_MASTER_KEY and what is wrong with it', async () => {
    const load = (configured: string) => PiiVault.loadOrCreateMasterKey({ configured, dataDir, production: false });
    await expect(load(randomBytes(16).toString('base64'))).rejects.toThrow(
      'PII_MASTER_KEY must decode to exactly 32 bytes, but decodes to 16',
    );
    await expect(load(randomBytes(33).toString('base64'))).rejects.toThrow(/decodes to 33/);
    await expect(load('not base64 at all!')).rejects.toThrow('PII_MASTER_KEY is not valid base64');
    await expect(load(randomBytes(32).toString('hex'))).rejects.toThrow(PiiMasterKeyError);
  });

  it('requires a configured key in production', async () => {
    await expect(PiiVault.loadOrCreateMasterKey({ dataDir, production: true })).rejects.toThrow('PII_MASTER_KEY is required in production');
    await expect(PiiVault.loadOrCreateMasterKey({ configured: '  ', dataDir, production: true })).rejects.toThrow(/required in production/);
  });

  it('outside production generates a key once into <dataDir>/pii-master-key (0600) and reuses it', async () => {
    const starts = await Promise.all(Array.from({ length: 5 }, () => PiiVault.loadOrCreateMasterKey({ dataDir, production: false })));
    const file = join(dataDir, 'pii-master-key');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const stored = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
    for (const key of starts) expect(key.equals(stored)).toBe(true);
    const later = await PiiVault.loadOrCreateMasterKey({ dataDir, production: false });
    expect(later.equals(stored)).toBe(true);
  });

  it('refuses a master key of the wrong size in the constructor', () => {
    const dataSource = {} as ConstructorParameters<typeof PiiVault>[0];
    expect(() => new PiiVault(dataSource, randomBytes(16))).toThrow('PiiVault needs a 32-byte master key (AES-256), got 16 bytes');
  });
});
