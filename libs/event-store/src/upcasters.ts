import { EventStoreInputError } from './errors';

/**
 * Turns the data of one event type from `fromVersion` into `fromVersion + 1`. Events are facts forever:
 * a change of shape is a new schema version plus an upcaster, never an edit of stored history.
 */
export type Upcaster = Readonly<{
  type: string;
  fromVersion: number;
  upcast(data: unknown): unknown;
}>;

/** Upcasters by event type, applied on every read so consumers only ever see the newest shape. */
export class UpcasterChain {
  private readonly byType = new Map<string, Map<number, Upcaster>>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const upcaster of upcasters) {
      if (!Number.isInteger(upcaster.fromVersion) || upcaster.fromVersion < 1) {
        throw new EventStoreInputError(
          `Upcaster for "${upcaster.type}" has fromVersion ${upcaster.fromVersion}; schema versions start at 1`,
        );
      }
      const steps = this.byType.get(upcaster.type) ?? new Map<number, Upcaster>();
      if (steps.has(upcaster.fromVersion)) {
        throw new EventStoreInputError(`Two upcasters for "${upcaster.type}" from version ${upcaster.fromVersion}`);
      }
      steps.set(upcaster.fromVersion, upcaster);
      this.byType.set(upcaster.type, steps);
    }
    for (const [type, steps] of this.byType) {
      for (let version = 1; version < this.currentVersion(type); version++) {
        if (!steps.has(version)) throw new EventStoreInputError(`Upcasters for "${type}" skip version ${version}`);
      }
    }
  }

  /** The schema version new events of this type are written with. */
  currentVersion(type: string): number {
    const steps = this.byType.get(type);
    return steps ? Math.max(...steps.keys()) + 1 : 1;
  }

  upcast(type: string, schemaVersion: number, data: unknown): { data: unknown; schemaVersion: number } {
    const steps = this.byType.get(type);
    let version = schemaVersion;
    let current = data;
    for (let step = steps?.get(version); step; step = steps?.get(version)) {
      current = step.upcast(current);
      version += 1;
    }
    return { data: current, schemaVersion: version };
  }
}
