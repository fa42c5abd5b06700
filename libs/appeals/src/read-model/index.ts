export * from './appeal-row';
export * from './appeals.projection';
export * from './appeal-queries';
export { AppealsReadModel1763900300000 } from './1763900300000-appeals-read-model';
