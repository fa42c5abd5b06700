import { openReadModelDatabase } from '@app/platform/database/data-source';
import { createTestDatabase, type TestDatabase } from '@test/database';
import type { DataSource } from 'typeorm';
import {
  PiiAttachments1763900600000,
  PiiAttachmentsRecorded1763900700000,
  PiiAttachmentThumbnails1763900800000,
  PiiVault,
  PiiVault1763900100000,
} from '../../index';
import type { Viewer } from '../../access/viewer';
import { PiiAccessLog } from '../../pii-vault/access-log';
import { MyPersonalDataView } from '../my-personal-data';

/** A personal data vault on a fresh database, for the voter's own use cases. */
export type VaultTestBed = Readonly<{ vault: PiiVault; view: MyPersonalDataView; dataSource: DataSource; close(): Promise<void> }>;

export async function openVaultTestBed(label: string): Promise<VaultTestBed> {
  const database: TestDatabase = await createTestDatabase(label);
  const dataSource = await openReadModelDatabase({
    url: database.url,
    migrations: [
      PiiVault1763900100000,
      PiiAttachments1763900600000,
      PiiAttachmentsRecorded1763900700000,
      PiiAttachmentThumbnails1763900800000,
    ],
  });
  const vault = new PiiVault(dataSource, PiiVault.generateMasterKey());
  return {
    vault,
    view: new MyPersonalDataView(vault, new PiiAccessLog(dataSource)),
    dataSource,
    async close() {
      await dataSource.destroy();
      await database.drop();
    },
  };
}

/** A voter with a fresh pseudonymous id. */
export const voter = (id: string): Viewer => ({ id, role: 'VOTER', name: null, deputyId: null, regions: [] });
