import { RegistryReadModel1763900200000 } from '@app/appeals/registry/read-model/1763900200000-registry-read-model';
import { AppealsReadModel1763900300000 } from '@app/appeals/read-model';
import { PiiVault1763900100000 } from '@app/identity';

/**
 * Every read-model migration after the projector's own, in order. The standalone projector runs the same
 * list, so whichever process starts first brings the schema up to date.
 */
export const READ_MODEL_MIGRATIONS = [PiiVault1763900100000, RegistryReadModel1763900200000, AppealsReadModel1763900300000];
