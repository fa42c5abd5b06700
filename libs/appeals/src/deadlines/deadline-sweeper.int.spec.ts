import { randomUUID } from 'node:crypto';
import { CommandBus, CqrsModule } from '@nestjs/cqrs';
import { Test, type TestingModule } from '@nestjs/testing';
import { executeCommand } from '@app/platform/event-sourcing/command-executor';
import { openReadModelHarness, type ReadModelHarness } from '@test/read-model-harness';
import { type AppealCommand, appealDecider } from '../domain';
import { cmd, day, hour } from '../domain/testing/appeal-fixtures';
import { AppealsReadModel1763900300000, AppealsProjection } from '../read-model';
import { AppealCommandRunner } from '../appeal-commands/appeal-command-runner';
import { CloseAppealHandler } from '../close-appeal/close-appeal.handler';
import { MarkOverdueHandler } from '../mark-overdue/mark-overdue.handler';
import { DeadlineSweeper } from './deadline-sweeper';

/** Deadlines with the clock moved: the sweeper's only notion of time is the clock it is given. */
describe('DeadlineSweeper', () => {
  let harness: ReadModelHarness;
  let store: ReadModelHarness['store'];
  let dataSource: ReadModelHarness['dataSource'];
  let runner: ReadModelHarness['runner'];
  let app: TestingModule;
  let commands: CommandBus;

  beforeAll(async () => {
    harness = await openReadModelHarness('deadlines', {
      migrations: [AppealsReadModel1763900300000],
      projections: [new AppealsProjection()],
    });
    ({ store, dataSource, runner } = harness);
    // The sweeper's commands go through a real CommandBus to their handlers, as in the running app.
    app = await Test.createTestingModule({
      imports: [CqrsModule.forRoot()],
      providers: [MarkOverdueHandler, CloseAppealHandler, { provide: AppealCommandRunner, useValue: new AppealCommandRunner(store) }],
    }).compile();
    await app.init();
    commands = app.get(CommandBus);
  });
  afterAll(async () => {
    await app?.close();
    await harness?.close();
  });

  /** Runs fixture commands on a fresh appeal id. */
  const appeal = async (...commands: AppealCommand[]): Promise<string> => {
    const appealId = randomUUID();
    for (const command of commands) {
      const onThis = { ...command, data: { ...command.data, appealId } } as AppealCommand;
      await executeCommand(store, `appeal-${appealId}`, appealDecider, onThis, {
        commandId: randomUUID(),
        actorId: command.metadata.actorId,
        occurredAt: command.metadata.at,
      });
    }
    await runner.waitUntilCaughtUp();
    return appealId;
  };
  const sweepAt = async (at: string, sweeper?: DeadlineSweeper) => {
    const result = await (sweeper ?? new DeadlineSweeper(dataSource, commands, () => new Date(at))).sweep();
    await runner.waitUntilCaughtUp();
    return result;
  };
  const overdue = async (appealId: string) =>
    (await store.readStream(`appeal-${appealId}`))
      .filter((e) => e.type === 'AppealOverdue')
      .map((e) => (e.data as { deadline: string }).deadline);
  const statusOf = async (appealId: string) =>
    (await dataSource.query('select status from appeals where appeal_id = $1', [appealId]))[0].status;

  it('marks the first response and then the 30-day answer deadline, each exactly once, also across restarts', async () => {
    const id = await appeal(cmd.submit());
    expect(await sweepAt(hour(23))).toMatchObject({ recorded: 0 });
    await sweepAt(hour(25));
    expect(await overdue(id)).toEqual(['FIRST_RESPONSE']);
    await sweepAt(day(29));
    expect(await overdue(id)).toEqual(['FIRST_RESPONSE']);
    await sweepAt(day(30, 1));
    expect(await overdue(id)).toEqual(['FIRST_RESPONSE', 'ANSWER']);
    // A restarted process (a new sweeper) and later sweeps find nothing more to record.
    await sweepAt(day(31));
    await sweepAt(day(40));
    expect(await overdue(id)).toEqual(['FIRST_RESPONSE', 'ANSWER']);
  });

  it('records one mark when two instances sweep at the same moment', async () => {
    const id = await appeal(cmd.submit({ firstResponseTargetHours: null }), cmd.acknowledge(hour(2)));
    const clock = () => new Date(day(31));
    const results = await Promise.all([
      new DeadlineSweeper(dataSource, commands, clock).sweep(),
      new DeadlineSweeper(dataSource, commands, clock).sweep(),
    ]);
    await runner.waitUntilCaughtUp();
    expect(await overdue(id)).toEqual(['ANSWER']);
    expect(results.reduce((sum, r) => sum + r.recorded, 0)).toBeGreaterThanOrEqual(1);
  });

  it('lets a clarification pause the clock and an extension move the deadline', async () => {
    // Asked on day 10, answered by the voter on day 20: the answer is now due on day 40.
    const paused = await appeal(
      cmd.submit({ firstResponseTargetHours: null }),
      cmd.requestClarification(day(10)),
      cmd.provideClarification(day(20)),
    );
    const extended = await appeal(
      cmd.submit({ firstResponseTargetHours: null }),
      cmd.acknowledge(day(1)),
      cmd.extend(day(25), { days: 10 }),
    );
    await sweepAt(day(35));
    expect(await overdue(paused)).toEqual([]);
    expect(await overdue(extended)).toEqual([]);
    await sweepAt(day(41));
    expect(await overdue(paused)).toEqual(['ANSWER']);
    expect(await overdue(extended)).toEqual(['ANSWER']);
  });

  it('closes an answered appeal 30 days after the answer when no feedback came', async () => {
    const id = await appeal(cmd.submit({ firstResponseTargetHours: null }), cmd.answer(day(5)));
    await sweepAt(day(34));
    expect(await statusOf(id)).toBe('ANSWERED');
    await sweepAt(day(35, 1));
    expect(await statusOf(id)).toBe('CLOSED');
    const closed = (await store.readStream(`appeal-${id}`)).filter((e) => e.type === 'AppealClosed').map((e) => e.data);
    expect(closed).toEqual([expect.objectContaining({ reason: 'NO_FEEDBACK_30_DAYS' })]);
  });
});
