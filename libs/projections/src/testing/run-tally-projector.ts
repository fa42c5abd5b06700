// A projector process for the crash test: runs the tally projection slowly and says when a batch is mid-way.
import { PostgresEventStore } from '@app/event-store';
import { openReadModelDatabase } from '@app/platform/database/data-source';
import { ProjectionCheckpoints1763900000000 } from '../migrations/1763900000000-projection-checkpoints';
import { ProjectionRunner } from '../projection-runner';
import { tallyProjection } from './tally-projection';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL!;
  const store = await PostgresEventStore.create({ connectionString: url });
  const dataSource = await openReadModelDatabase({ url, migrations: [ProjectionCheckpoints1763900000000] });
  let batches = 0;
  const projection = tallyProjection({
    pauseMs: Number(process.env.PAUSE_MS ?? 0),
    onBatch: (size) => process.stdout.write(`mid-batch ${++batches} (${size} events)\n`),
  });
  await new ProjectionRunner(dataSource, store, [projection], { batchSize: Number(process.env.BATCH_SIZE ?? 50) }).start();
}

void main();
