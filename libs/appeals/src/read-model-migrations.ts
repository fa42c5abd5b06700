import { RegistryReadModel1763900200000 } from './registry/read-model/1763900200000-registry-read-model';
import { AppealsReadModel1763900300000 } from './read-model';
import { PiiVault1763900100000 } from '@app/identity';

/**
 * Every read-model migration after the projector's own, in order: the identity vault's, then the appeals'.
 * The API and the standalone projector run the same list, so whichever starts first brings the schema up
 * to date. New libs with read models add theirs here.
 */
export const READ_MODEL_MIGRATIONS = [PiiVault1763900100000, RegistryReadModel1763900200000, AppealsReadModel1763900300000];
