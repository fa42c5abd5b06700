import type { AppConfig } from './config';

/** The configuration once the database is known (the embedded one, or DATABASE_URL). */
export type RuntimeConfig = AppConfig & Readonly<{ databaseUrl: string }>;
