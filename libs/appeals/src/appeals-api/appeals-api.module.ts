import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { EventStore } from '@app/event-store';
import { ConsentLog, PhotoVault, PiiVault } from '@app/identity';
import { PersonalDataModule } from '@app/identity/personal-data/personal-data.module';
import { EVENT_STORE } from '@app/platform/nest';
import { DataSource } from 'typeorm';
import { AppealCommandService } from './appeal-command-service';
import { AppealActionHandler, SubmitAppealHandler } from './appeal-commands.cqrs';
import { AppealMutationsResolver } from './appeal-mutations.resolver';
import { AppealQueriesResolver } from './appeal-queries.resolver';
import { DeputyResponsivenessResolver } from './deputy-responsiveness.resolver';
import { AttachmentsController } from '../attachments/attachments.controller';
import { PhotoSweepScheduler } from '../attachments/photo-sweep-scheduler';
import { AppealQueries } from '../read-model';
import { AppealsProjectionModule } from '../read-model/appeals-projection.module';

/** Appeals over GraphQL: mutations through the CommandBus to the decider. */
@Module({
  imports: [CqrsModule, PersonalDataModule, AppealsProjectionModule],
  controllers: [AttachmentsController],
  providers: [
    {
      provide: AppealCommandService,
      inject: [EVENT_STORE, DataSource, PiiVault, PhotoVault, ConsentLog],
      useFactory: (store: EventStore, dataSource: DataSource, vault: PiiVault, photos: PhotoVault, consents: ConsentLog) =>
        new AppealCommandService(store, dataSource, vault, photos, consents),
    },
    SubmitAppealHandler,
    AppealActionHandler,
    AppealMutationsResolver,
    { provide: AppealQueries, inject: [DataSource], useFactory: (dataSource: DataSource) => new AppealQueries(dataSource) },
    AppealQueriesResolver,
    DeputyResponsivenessResolver,
    PhotoSweepScheduler,
  ],
})
export class AppealsApiModule {}
