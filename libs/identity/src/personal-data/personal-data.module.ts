import { Module } from '@nestjs/common';
import { APP_CONFIG, type RuntimeConfig } from '@app/platform';
import { DataSource } from 'typeorm';
import { EraseMyPersonalDataHandler } from '../erase-my-personal-data/erase-my-personal-data.handler';
import { EraseMyPersonalDataResolver } from '../erase-my-personal-data/erase-my-personal-data.resolver';
import { PiiVault } from '../pii-vault/pii-vault';
import { UpdateMyPersonalDataHandler } from '../update-my-personal-data/update-my-personal-data.handler';
import { UpdateMyPersonalDataResolver } from '../update-my-personal-data/update-my-personal-data.resolver';
import { MyPersonalDataResolver } from './my-personal-data.resolver';

/** The personal data vault, keyed by PII_MASTER_KEY (or the development key under DATA_DIR), and the voter's own use of it. */
@Module({
  providers: [
    {
      provide: PiiVault,
      inject: [DataSource, APP_CONFIG],
      useFactory: async (dataSource: DataSource, config: RuntimeConfig) =>
        new PiiVault(
          dataSource,
          await PiiVault.loadOrCreateMasterKey({
            configured: config.piiMasterKey,
            dataDir: config.dataDir,
            production: config.env === 'production',
          }),
        ),
    },
    MyPersonalDataResolver,
    UpdateMyPersonalDataHandler,
    UpdateMyPersonalDataResolver,
    EraseMyPersonalDataHandler,
    EraseMyPersonalDataResolver,
  ],
  exports: [PiiVault],
})
export class PersonalDataModule {}
