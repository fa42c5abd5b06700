export * from './appeal-commands';
export * from './appeal-events';
export * from './appeal-state';
export * from './appeal-decider';
export * from './deadlines';
export * from './allowed-actions';
export * from './event-time';
