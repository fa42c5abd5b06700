import { describeEventStoreContract } from '../testing/event-store-contract';
import { KurrentDbEventStore } from './kurrentdb-event-store';

const url = process.env.KURRENTDB_URL;

if (!url) {
  // No KurrentDB server can run on the build machines; point KURRENTDB_URL at one to run this suite.
  process.stdout.write(
    'KurrentDbEventStore contract suite skipped: KURRENTDB_URL is not set (e.g. kurrentdb://localhost:2113?tls=false)\n',
  );
}

(url ? describe : describe.skip)('KurrentDbEventStore', () => {
  describeEventStoreContract({
    connect: (options) => KurrentDbEventStore.create({ connectionString: url!, upcasters: options?.upcasters }),
  });
});
