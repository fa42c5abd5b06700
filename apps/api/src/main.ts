import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { createLogger, loadConfigOrExit, onShutdownSignal, openDatabase } from '@app/platform/nest';
import { AppModule } from './app.module';
import type { DevIdentity } from './auth/dev-identity';
import { DEV_IDENTITY } from '@app/identity/access/tokens';
import { serveWebApps } from './web/web-apps';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config, 'api');
  const database = await openDatabase(config, logger);
  let app: NestFastifyApplication | undefined;
  try {
    app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(database.config), new FastifyAdapter(), { logger });
    const dev = app.get<DevIdentity | null>(DEV_IDENTITY);
    if (dev) {
      app.use(dev.mountPath, dev.provider.callback());
      logger.warn(`development identity provider at ${dev.issuer} (demo accounts, password "demo"); set OIDC_ISSUER for a real one`);
    }
    const webApps = await serveWebApps(app.getHttpAdapter().getInstance(), config);
    if (webApps.length < 3) logger.warn(`web apps served: ${webApps.join(', ') || 'none'}; run "npm run build" to build the others`);
    await app.listen(config.port, config.host);
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.stop();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      process.stderr.write(`Port ${config.port} on ${config.host} is already in use: is another instance running? Stop it or set PORT.\n`);
      process.exit(1);
    }
    throw error;
  }
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  logger.log(`ready: GraphQL at ${base}/graphql, health at ${base}/healthz`);
  const running = app;
  onShutdownSignal(logger, async () => {
    await running.close();
    await database.stop();
    logger.log('stopped');
  });
}

void bootstrap();
