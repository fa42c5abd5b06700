/**
 * For the tests of the contract's consumers: appeal histories written by the real decider, the demo year,
 * and the registry it needs (the ratings and analytics queries name deputies, regions and categories from it).
 */
export { APPEAL_ID, DEPUTY, OTHER_DEPUTY, T0, VOTER, as, cmd, day, history, hour } from '../domain/testing/appeal-fixtures';
export { generateDemoData } from '../demo/demo-generator';
export { APPEALS_READ_MODEL_MIGRATIONS } from '../read-model-migrations';
export { RegistryProjection } from '../registry/read-model/registry.projection';
