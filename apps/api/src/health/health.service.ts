import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@app/event-store';
import { formatPosition } from '@app/event-store';
import { readAppVersion, type RuntimeConfig } from '@app/platform';
import { APP_CONFIG, EVENT_STORE, ProjectorService } from '@app/platform/nest';
import type { ProjectionStatus } from '@app/projections';
import { DataSource } from 'typeorm';

export type HealthReport = Readonly<{
  status: 'ok' | 'degraded' | 'down';
  version: string;
  uptimeSeconds: number;
  database: Readonly<{ ok: boolean; latencyMs: number | null; error: string | null }>;
  eventLog: Readonly<{ adapter: 'postgres' | 'kurrentdb'; ok: boolean; head: string | null; error: string | null }>;
  projections: readonly ProjectionStatus[];
}>;

const VERSION = readAppVersion();

/** What /healthz and the `health` query report: the database, the event log and each projection's lag. */
@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly projector: ProjectorService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async check(): Promise<HealthReport> {
    const [database, eventLog, projections] = await Promise.all([
      this.checkDatabase(),
      this.checkEventLog(),
      this.projector.status().catch(() => []),
    ]);
    const failing = projections.some((projection) => projection.lastError !== null);
    return {
      status: !database.ok || !eventLog.ok ? 'down' : failing ? 'degraded' : 'ok',
      version: VERSION,
      uptimeSeconds: Math.round(process.uptime()),
      database,
      eventLog,
      projections,
    };
  }

  private async checkDatabase(): Promise<HealthReport['database']> {
    const started = performance.now();
    try {
      await this.dataSource.query('select 1');
      return { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10, error: null };
    } catch (error) {
      return { ok: false, latencyMs: null, error: messageOf(error) };
    }
  }

  private async checkEventLog(): Promise<HealthReport['eventLog']> {
    const adapter = this.config.kurrentDbUrl ? 'kurrentdb' : 'postgres';
    try {
      const head = await this.store.head();
      return { adapter, ok: true, head: head ? formatPosition(head.position) : null, error: null };
    } catch (error) {
      return { adapter, ok: false, head: null, error: messageOf(error) };
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
