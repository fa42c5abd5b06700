export { PROJECTION_MODULES, READ_MODEL_MIGRATIONS } from './read-models';
