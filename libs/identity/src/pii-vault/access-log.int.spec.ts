import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PiiAccessLog } from './access-log';
import { PiiVault } from './pii-vault';
import { deputyReader as deputy, openVaultDatabase, type VaultDatabase, voterData as voter } from './testing/vault-database';

describe('PiiAccessLog', () => {
  let database: VaultDatabase;
  let dataSource: DataSource;
  let vault: PiiVault;
  let accessLog: PiiAccessLog;

  beforeAll(async () => {
    database = await openVaultDatabase('pii_access_log');
    dataSource = database.dataSource;
    vault = new PiiVault(dataSource, PiiVault.generateMasterKey());
    accessLog = new PiiAccessLog(dataSource);
  });

  afterAll(async () => {
    await database?.close();
  });

  it("logs a deputy's read for the voter to see, and not the voter's own read", async () => {
    const subjectId = randomUUID();
    const appealId = randomUUID();
    await vault.save(subjectId, voter);
    await vault.read(subjectId, { readerId: subjectId, role: 'VOTER', purpose: 'profile' });
    expect(await accessLog.entries(subjectId)).toEqual([]);

    expect(await vault.read(subjectId, deputy(appealId))).toEqual(voter);
    await vault.read(subjectId, { readerId: 'assistant-3', role: 'ASSISTANT', purpose: 'call the voter back' });
    await vault.read(subjectId.toUpperCase(), { readerId: subjectId.toUpperCase(), role: 'VOTER', purpose: 'profile' });

    const log = await accessLog.entries(subjectId);
    expect(log).toEqual([
      expect.objectContaining({ readerId: 'assistant-3', readerRole: 'ASSISTANT', purpose: 'call the voter back', appealId: null }),
      expect.objectContaining({ readerId: 'deputy-7', readerRole: 'DEPUTY', purpose: 'answer the appeal', appealId }),
    ]);
    expect(log[0].accessedAt).toBeInstanceOf(Date);
    // A read that found nothing disclosed nothing and is not logged.
    const unknown = randomUUID();
    expect(await vault.read(unknown, deputy())).toBeNull();
    expect(await accessLog.entries(unknown)).toEqual([]);
    await expect(vault.read(subjectId, { readerId: 'deputy-7', role: 'DEPUTY', purpose: ' ' })).rejects.toThrow(
      'purpose must be a non-empty string',
    );
  });
});
