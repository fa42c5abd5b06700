export * from './domain';
export * from './read-model';
