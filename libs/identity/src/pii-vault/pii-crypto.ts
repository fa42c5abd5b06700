import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { PersonalDataDecryptionError } from './errors';

/** AES-256 keys: the master key and every per-subject data key. */
export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
// A leading format byte lets a later layout (e.g. one carrying a master key id for rotation) coexist.
const FORMAT_V1 = 0x01;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;

/** The personal data of one subject, as stored encrypted in the vault. */
export type PersonalData = Readonly<{ name: string; contact: string | null; postalAddress: string | null }>;

/** A fresh random data key for one subject. */
export function generateDataKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/**
 * AES-256-GCM with a fresh random 12-byte IV; the result is one buffer:
 * format byte 0x01 ‖ IV (12) ‖ tag (16) ‖ ciphertext. `aad` is authenticated, not stored.
 */
export function seal(key: Buffer, plaintext: Buffer, aad: Buffer): Buffer {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.of(FORMAT_V1), iv, cipher.getAuthTag(), ciphertext]);
}

/** Opens what `seal` produced; any mismatch of key, AAD or bytes throws `PersonalDataDecryptionError`. */
export function unseal(key: Buffer, sealed: Buffer, aad: Buffer, what = 'sealed value'): Buffer {
  assertKey(key);
  if (sealed.length < HEADER_BYTES || sealed[0] !== FORMAT_V1) throw new PersonalDataDecryptionError(`${what} (unknown format)`);
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const tag = sealed.subarray(1 + IV_BYTES, HEADER_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tag);
  decipher.setAAD(aad);
  try {
    return Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()]);
  } catch (error) {
    throw new PersonalDataDecryptionError(what, error);
  }
}

/** Encrypts a subject's data key under the master key, bound to the subject id. */
export function wrapSubjectKey(masterKey: Buffer, dataKey: Buffer, subjectId: string): Buffer {
  assertKey(dataKey);
  return seal(masterKey, dataKey, subjectKeyAad(subjectId));
}

/** The subject's data key; fails if the master key is wrong or the wrapped key belongs to another subject. */
export function unwrapSubjectKey(masterKey: Buffer, wrappedKey: Buffer, subjectId: string): Buffer {
  return unseal(masterKey, wrappedKey, subjectKeyAad(subjectId), `the data key of subject ${subjectId}`);
}

/** Encrypts a subject's record under their data key, bound to the subject id. */
export function encryptRecord(dataKey: Buffer, data: PersonalData, subjectId: string): Buffer {
  const json = JSON.stringify({ name: data.name, contact: data.contact, postalAddress: data.postalAddress });
  return seal(dataKey, Buffer.from(json, 'utf8'), recordAad(subjectId));
}

/** The subject's record; fails if the key is wrong or the ciphertext was taken from another subject. */
export function decryptRecord(dataKey: Buffer, ciphertext: Buffer, subjectId: string): PersonalData {
  const plaintext = unseal(dataKey, ciphertext, recordAad(subjectId), `the personal data of subject ${subjectId}`);
  const parsed = JSON.parse(plaintext.toString('utf8')) as { name: string; contact: string | null; postalAddress: string | null };
  return { name: parsed.name, contact: parsed.contact, postalAddress: parsed.postalAddress };
}

// The subject id is the AAD of both layers, with a label so a value of one layer never opens as the other.
function subjectKeyAad(subjectId: string): Buffer {
  return Buffer.from(`pii-subject-key:${subjectId}`, 'utf8');
}

function recordAad(subjectId: string): Buffer {
  return Buffer.from(`pii-record:${subjectId}`, 'utf8');
}

function assertKey(key: Buffer): void {
  if (!Buffer.isBuffer(key) || key.length !== KEY_BYTES) {
    throw new Error(`AES-256-GCM needs a ${KEY_BYTES}-byte key, got ${Buffer.isBuffer(key) ? `${key.length} bytes` : typeof key}`);
  }
}
