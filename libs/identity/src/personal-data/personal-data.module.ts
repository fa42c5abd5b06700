import { Module } from '@nestjs/common';
import { type RuntimeConfig } from '@app/platform';
import { APP_CONFIG } from '@app/platform/nest';
import { DataSource } from 'typeorm';
import { PiiAccessLog } from '../pii-vault/access-log';
import { ConsentLog } from '../pii-vault/consent-log';
import { PhotoVault } from '../pii-vault/photo-vault';
import { EraseMyPersonalDataHandler } from '../erase-my-personal-data/erase-my-personal-data.handler';
import { EraseMyPersonalDataResolver } from '../erase-my-personal-data/erase-my-personal-data.resolver';
import { PiiVault } from '../pii-vault/pii-vault';
import { UpdateMyPersonalDataHandler } from '../update-my-personal-data/update-my-personal-data.handler';
import { UpdateMyPersonalDataResolver } from '../update-my-personal-data/update-my-personal-data.resolver';
import { MyPersonalDataView } from './my-personal-data';
import { MyPersonalDataResolver } from './my-personal-data.resolver';

/** Loaded once, shared by the records' and the photos' vaults. */
const PII_MASTER_KEY = Symbol('PII_MASTER_KEY');

/**
 * The personal data vault, keyed by PII_MASTER_KEY (or the development key under DATA_DIR): records, photos, consent, access log;
 * and the voter's own use of it.
 */
@Module({
  providers: [
    {
      provide: PII_MASTER_KEY,
      inject: [APP_CONFIG],
      useFactory: (config: RuntimeConfig) =>
        PiiVault.loadOrCreateMasterKey({
          configured: config.piiMasterKey,
          dataDir: config.dataDir,
          production: config.env === 'production',
        }),
    },
    {
      provide: PiiVault,
      inject: [DataSource, PII_MASTER_KEY],
      useFactory: (dataSource: DataSource, masterKey: Buffer) => new PiiVault(dataSource, masterKey),
    },
    {
      provide: PhotoVault,
      inject: [DataSource, PII_MASTER_KEY],
      useFactory: (dataSource: DataSource, masterKey: Buffer) => new PhotoVault(dataSource, masterKey),
    },
    { provide: ConsentLog, inject: [DataSource], useFactory: (dataSource: DataSource) => new ConsentLog(dataSource) },
    { provide: PiiAccessLog, inject: [DataSource], useFactory: (dataSource: DataSource) => new PiiAccessLog(dataSource) },
    {
      provide: MyPersonalDataView,
      inject: [PiiVault, PiiAccessLog],
      useFactory: (vault: PiiVault, accessLog: PiiAccessLog) => new MyPersonalDataView(vault, accessLog),
    },
    MyPersonalDataResolver,
    UpdateMyPersonalDataHandler,
    UpdateMyPersonalDataResolver,
    EraseMyPersonalDataHandler,
    EraseMyPersonalDataResolver,
  ],
  exports: [PiiVault, PhotoVault, ConsentLog, PiiAccessLog],
})
export class PersonalDataModule {}
