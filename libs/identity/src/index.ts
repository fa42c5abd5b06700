export { PiiVault, type ErasedPersonalData, type PersonalData, type PersonalDataInput } from './pii-vault/pii-vault';
export { PhotoVault, type AttachmentInfo, type AttachmentInput, type AttachmentVariant } from './pii-vault/photo-vault';
export { ConsentLog } from './pii-vault/consent-log';
export { PiiAccessLog, type PiiAccessLogEntry, type PiiReader } from './pii-vault/access-log';
export type { MasterKeySource } from './pii-vault/master-key';
export {
  PersonalDataDecryptionError,
  PersonalDataErasedError,
  PersonalDataInputError,
  PiiMasterKeyError,
  UnsentAttachmentLimitError,
} from './pii-vault/errors';
export { PiiVault1763900100000 } from './pii-vault/migrations/1763900100000-pii-vault';
export { PiiAttachments1763900600000 } from './pii-vault/migrations/1763900600000-pii-attachments';
export { PiiAttachmentsRecorded1763900700000 } from './pii-vault/migrations/1763900700000-pii-attachments-recorded';
export { PiiAttachmentThumbnails1763900800000 } from './pii-vault/migrations/1763900800000-pii-attachment-thumbnails';
