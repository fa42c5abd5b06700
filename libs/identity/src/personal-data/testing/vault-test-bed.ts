import type { DataSource } from 'typeorm';
import { PiiVault } from '../../pii-vault/pii-vault';
import type { Viewer } from '../../access/viewer';
import { PiiAccessLog } from '../../pii-vault/access-log';
import { openVaultDatabase } from '../../pii-vault/testing/vault-database';
import { MyPersonalDataView } from '../my-personal-data';

/** A personal data vault on a fresh database, for the voter's own use cases. */
export type VaultTestBed = Readonly<{ vault: PiiVault; view: MyPersonalDataView; dataSource: DataSource; close(): Promise<void> }>;

export async function openVaultTestBed(label: string): Promise<VaultTestBed> {
  const { dataSource, close } = await openVaultDatabase(label);
  const vault = new PiiVault(dataSource, PiiVault.generateMasterKey());
  return { vault, view: new MyPersonalDataView(vault, new PiiAccessLog(dataSource)), dataSource, close };
}

/** A voter with a fresh pseudonymous id. */
export const voter = (id: string): Viewer => ({ id, role: 'VOTER', name: null, deputyId: null, regions: [] });
