import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createLogger, loadConfigOrExit, onShutdownSignal, ProjectorService } from '@app/platform/nest';
import { ProjectorModule } from './projector.module';

const REPORT_EVERY_MS = 30_000;

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit('projector');
  const logger = createLogger(config, 'projector');
  if (!config.databaseUrl) {
    process.stderr.write(
      'The standalone projector needs DATABASE_URL; with the embedded PostgreSQL, `npm start` runs the projections in the API.\n',
    );
    process.exit(78);
  }
  const app = await NestFactory.createApplicationContext(ProjectorModule.forRoot({ ...config, databaseUrl: config.databaseUrl }), {
    logger,
  });
  const projector = app.get(ProjectorService);
  const report = setInterval(() => {
    void projector.status().then((statuses) => {
      for (const status of statuses.filter((s) => !s.caughtUp)) {
        logger.log(`${status.name}: ${status.eventsApplied} events applied, ${status.lagSeconds.toFixed(1)} s behind`);
      }
    });
  }, REPORT_EVERY_MS);
  onShutdownSignal(logger, async () => {
    clearInterval(report);
    await app.close();
  });
}

void bootstrap();
