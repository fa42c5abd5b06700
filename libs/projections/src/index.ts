export * from './projection';
export * from './projection-runner';
export { ProjectionCheckpoints1763900000000 } from './migrations/1763900000000-projection-checkpoints';
