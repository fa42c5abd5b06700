import { RegistryReadModel1763900200000 } from './registry/read-model/1763900200000-registry-read-model';
import { AppealsReadModel1763900300000 } from './read-model';
import {
  PiiAttachments1763900600000,
  PiiAttachmentsRecorded1763900700000,
  PiiAttachmentThumbnails1763900800000,
  PiiVault1763900100000,
} from '@app/identity';

/**
 * The read-model migrations of identity, the registry and the appeals (all of them: libs/read-models/src/read-models.ts).
 * TypeORM runs them in the order of their timestamps, whatever the order of the list.
 */
export const APPEALS_READ_MODEL_MIGRATIONS = [
  PiiVault1763900100000,
  RegistryReadModel1763900200000,
  AppealsReadModel1763900300000,
  PiiAttachments1763900600000,
  PiiAttachmentsRecorded1763900700000,
  PiiAttachmentThumbnails1763900800000,
];
