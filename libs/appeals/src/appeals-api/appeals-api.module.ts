import { Module } from '@nestjs/common';
import { PersonalDataModule } from '@app/identity/personal-data/personal-data.module';
import { DataSource } from 'typeorm';
import { AcknowledgeAppealHandler } from '../acknowledge-appeal/acknowledge-appeal.handler';
import { AcknowledgeAppealResolver } from '../acknowledge-appeal/acknowledge-appeal.resolver';
import { AnswerAppealHandler } from '../answer-appeal/answer-appeal.handler';
import { AnswerAppealResolver } from '../answer-appeal/answer-appeal.resolver';
import { AppealCommandsModule } from '../appeal-commands/appeal-commands.module';
import { AssignAppealHandler } from '../assign-appeal/assign-appeal.handler';
import { AssignAppealResolver } from '../assign-appeal/assign-appeal.resolver';
import { AttachmentsController } from '../attachments/attachments.controller';
import { PhotoSweepScheduler } from '../attachments/photo-sweep-scheduler';
import { ExtendDeadlineHandler } from '../extend-deadline/extend-deadline.handler';
import { ExtendDeadlineResolver } from '../extend-deadline/extend-deadline.resolver';
import { ForwardAppealHandler } from '../forward-appeal/forward-appeal.handler';
import { ForwardAppealResolver } from '../forward-appeal/forward-appeal.resolver';
import { ProvideClarificationHandler } from '../provide-clarification/provide-clarification.handler';
import { ProvideClarificationResolver } from '../provide-clarification/provide-clarification.resolver';
import { AppealQueries } from '../read-model';
import { AppealsProjectionModule } from '../read-model/appeals-projection.module';
import { RecategorizeAppealHandler } from '../recategorize-appeal/recategorize-appeal.handler';
import { RecategorizeAppealResolver } from '../recategorize-appeal/recategorize-appeal.resolver';
import { RejectAppealHandler } from '../reject-appeal/reject-appeal.handler';
import { RejectAppealResolver } from '../reject-appeal/reject-appeal.resolver';
import { ReopenAppealHandler } from '../reopen-appeal/reopen-appeal.handler';
import { ReopenAppealResolver } from '../reopen-appeal/reopen-appeal.resolver';
import { RequestClarificationHandler } from '../request-clarification/request-clarification.handler';
import { RequestClarificationResolver } from '../request-clarification/request-clarification.resolver';
import { SubmitAppealHandler } from '../submit-appeal/submit-appeal.handler';
import { SubmitAppealResolver } from '../submit-appeal/submit-appeal.resolver';
import { SubmitFeedbackHandler } from '../submit-feedback/submit-feedback.handler';
import { SubmitFeedbackResolver } from '../submit-feedback/submit-feedback.resolver';
import { WithdrawAppealHandler } from '../withdraw-appeal/withdraw-appeal.handler';
import { WithdrawAppealResolver } from '../withdraw-appeal/withdraw-appeal.resolver';
import { AppealQueriesResolver } from './appeal-queries.resolver';
import { DeputyResponsivenessResolver } from './deputy-responsiveness.resolver';

/** The appeal use cases: one resolver and one handler each (in their folders), wired to the CommandBus. */
const USE_CASES = [
  [SubmitAppealResolver, SubmitAppealHandler],
  [AcknowledgeAppealResolver, AcknowledgeAppealHandler],
  [RequestClarificationResolver, RequestClarificationHandler],
  [ProvideClarificationResolver, ProvideClarificationHandler],
  [ForwardAppealResolver, ForwardAppealHandler],
  [ExtendDeadlineResolver, ExtendDeadlineHandler],
  [AnswerAppealResolver, AnswerAppealHandler],
  [ReopenAppealResolver, ReopenAppealHandler],
  [WithdrawAppealResolver, WithdrawAppealHandler],
  [SubmitFeedbackResolver, SubmitFeedbackHandler],
  [AssignAppealResolver, AssignAppealHandler],
  [RecategorizeAppealResolver, RecategorizeAppealHandler],
  [RejectAppealResolver, RejectAppealHandler],
].flat();

/** Appeals over GraphQL: the use cases' mutations, the queries, photo uploads. */
@Module({
  imports: [PersonalDataModule, AppealsProjectionModule, AppealCommandsModule],
  controllers: [AttachmentsController],
  providers: [
    ...USE_CASES,
    { provide: AppealQueries, inject: [DataSource], useFactory: (dataSource: DataSource) => new AppealQueries(dataSource) },
    AppealQueriesResolver,
    DeputyResponsivenessResolver,
    PhotoSweepScheduler,
  ],
})
export class AppealsApiModule {}
