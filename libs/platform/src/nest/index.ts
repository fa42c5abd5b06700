// The Nest wiring of the platform: the global module, injection tokens, the projector service, start-up and shutdown,
// and the error mapping for GraphQL and HTTP.
export * from './bootstrap';
export * from './event-store.provider';
export * from './format-graphql-error';
export * from './http-error.filter';
export * from './periodic-job';
export * from './platform.module';
export * from './projector.service';
export * from './register-projection.decorator';
export * from './tokens';
