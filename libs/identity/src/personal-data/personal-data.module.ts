import { Module } from '@nestjs/common';
import { type RuntimeConfig } from '@app/platform';
import { APP_CONFIG } from '@app/platform/nest';
import { DataSource } from 'typeorm';
import { PiiVault } from '../pii-vault/pii-vault';
import { PersonalDataResolver } from './personal-data.resolver';

/** The personal data vault, keyed by PII_MASTER_KEY (or the development key under DATA_DIR). */
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
    PersonalDataResolver,
  ],
  exports: [PiiVault],
})
export class PersonalDataModule {}
