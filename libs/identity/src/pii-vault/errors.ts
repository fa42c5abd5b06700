/** The subject's personal data was erased; erased stays erased, so nothing can be saved for it again. */
export class PersonalDataErasedError extends Error {
  readonly code = 'INVALID_STATE';

  constructor(readonly subjectId: string) {
    super(`Personal data of subject ${subjectId} was erased; it cannot be stored again`);
    this.name = 'PersonalDataErasedError';
  }
}

/**
 * A sealed value failed authentication: wrong master key, a value moved to another subject, or
 * tampering. No user-facing code on purpose: it means the vault's configuration or data is wrong.
 */
export class PersonalDataDecryptionError extends Error {
  constructor(what: string, cause?: unknown) {
    super(
      `Cannot decrypt ${what}: authentication failed (wrong PII master key, data moved to another subject, or tampered with)`,
      cause === undefined ? undefined : { cause },
    );
    this.name = 'PersonalDataDecryptionError';
  }
}

/** The caller passed something the vault cannot take; the message says what to fix. */
export class PersonalDataInputError extends Error {
  readonly code = 'BAD_USER_INPUT';

  constructor(message: string) {
    super(message);
    this.name = 'PersonalDataInputError';
  }
}

/** The PII master key is missing or malformed; raised at start-up, the message names the variable. */
export class PiiMasterKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PiiMasterKeyError';
  }
}

/** The subject holds as many uploaded, not yet sent photos as allowed. */
export class UnsentAttachmentLimitError extends Error {
  readonly code = 'RATE_LIMITED';

  constructor(readonly limit: number) {
    super(
      `You have ${limit} photos uploaded but not sent: remove those you will not send, or wait (unsent photos are deleted a day after upload)`,
    );
    this.name = 'UnsentAttachmentLimitError';
  }
}
