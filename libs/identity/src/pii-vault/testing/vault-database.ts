import { openReadModelDatabase } from '@app/platform/database/data-source';
import { createTestDatabase } from '@test/database';
import type { DataSource } from 'typeorm';
import { PiiVault1763900100000 } from '../migrations/1763900100000-pii-vault';
import { PiiAttachments1763900600000 } from '../migrations/1763900600000-pii-attachments';
import { PiiAttachmentsRecorded1763900700000 } from '../migrations/1763900700000-pii-attachments-recorded';
import { PiiAttachmentThumbnails1763900800000 } from '../migrations/1763900800000-pii-attachment-thumbnails';

export type VaultDatabase = Readonly<{ dataSource: DataSource; close(): Promise<void> }>;

/** A fresh database with the vault's tables, for one integration spec. */
export async function openVaultDatabase(label: string): Promise<VaultDatabase> {
  const database = await createTestDatabase(label);
  const dataSource = await openReadModelDatabase({
    url: database.url,
    migrations: [
      PiiVault1763900100000,
      PiiAttachments1763900600000,
      PiiAttachmentsRecorded1763900700000,
      PiiAttachmentThumbnails1763900800000,
    ],
  });
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await database.drop();
    },
  };
}

/** A deputy reading for an appeal: someone other than the voter, so the read is logged. */
export const deputyReader = (appealId?: string) => ({ readerId: 'deputy-7', role: 'DEPUTY', purpose: 'answer the appeal', appealId });

/** Personal data in Russian, as voters write it. */
export const voterData = {
  name: 'Иванова Мария Петровна',
  contact: 'maria.ivanova@пример.рф',
  postalAddress: '420111, г. Казань, ул. Баумана, д. 1, кв. 2',
};
