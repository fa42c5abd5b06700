// The framework-free core: configuration, the database, errors, deciders and exports. No Nest, no GraphQL server
// (a lint rule keeps it so); the Nest wiring is '@app/platform/nest'.
export * from './config/config';
export * from './config/runtime-config';
export * from './config/version';
export * from './database/data-source';
export * from './database/embedded-postgres';
export * from './database/free-port';
export * from './errors/domain-error';
export * from './event-sourcing/decider';
export * from './event-sourcing/command-executor';
export * from './export/csv';
