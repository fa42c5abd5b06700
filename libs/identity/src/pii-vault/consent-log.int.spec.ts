import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ConsentLog } from './consent-log';
import { openVaultDatabase, type VaultDatabase } from './testing/vault-database';

describe('ConsentLog', () => {
  let database: VaultDatabase;
  let dataSource: DataSource;
  let consents: ConsentLog;

  beforeAll(async () => {
    database = await openVaultDatabase('consent_log');
    dataSource = database.dataSource;
    consents = new ConsentLog(dataSource);
  });

  afterAll(async () => {
    await database?.close();
  });

  it('records consent once, with its policy version', async () => {
    const subjectId = randomUUID();
    expect(await consents.hasConsented(subjectId, '2025-01')).toBe(false);
    await consents.recordConsent(subjectId, '2025-01', new Date('2025-03-01T10:00:00Z'));
    await consents.recordConsent(subjectId, '2025-01', new Date('2025-04-01T10:00:00Z'));
    expect(await consents.hasConsented(subjectId, '2025-01')).toBe(true);
    expect(await consents.hasConsented(subjectId, '2026-01')).toBe(false);
    const rows = await dataSource.query('select policy_version, consented_at from pii_consents where subject_id = $1', [subjectId]);
    expect(rows).toEqual([{ policy_version: '2025-01', consented_at: new Date('2025-03-01T10:00:00Z') }]);
  });
});
