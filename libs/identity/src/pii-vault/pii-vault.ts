import type { DataSource } from 'typeorm';
import { logAccess, type PiiReader, readsOwnData } from './access-log';
import { PersonalDataInputError } from './errors';
import { generateMasterKey, loadOrCreateMasterKey, type MasterKeySource } from './master-key';
import { decryptRecord, encryptRecord, type PersonalData } from './pii-crypto';
import { canonicalSubjectId, requireText, SubjectKeys } from './subject-keys';

export type { PersonalData } from './pii-crypto';

/** What `save` takes: contact and postal address may be left out. */
export type PersonalDataInput = Readonly<{ name: string; contact?: string | null; postalAddress?: string | null }>;

export type ErasedPersonalData = Readonly<{ erased: true }>;

/**
 * Voters' personal data, outside the event log: each subject's record is encrypted with its own data
 * key, which is stored wrapped by the master key. Erasure destroys the wrapped key (crypto-shredding)
 * and deletes the record and the photos. Photos are in `PhotoVault`, consent in `ConsentLog`, who read
 * what in `PiiAccessLog`.
 */
export class PiiVault {
  private readonly keys: SubjectKeys;

  constructor(dataSource: DataSource, masterKey: Buffer) {
    this.keys = new SubjectKeys(dataSource, masterKey, 'PiiVault');
  }

  /** A new random 32-byte master key. */
  static generateMasterKey(): Buffer {
    return generateMasterKey();
  }

  /** PII_MASTER_KEY if configured; else a development key kept in `<dataDir>/pii-master-key`; required in production. */
  static loadOrCreateMasterKey(source: MasterKeySource): Promise<Buffer> {
    return loadOrCreateMasterKey(source);
  }

  /** Stores (or replaces) the subject's data, creating their key on first use. Throws once the subject is erased. */
  async save(subjectId: string, data: PersonalDataInput): Promise<void> {
    const subject = canonicalSubjectId(subjectId);
    const record = validatePersonalData(data);
    await this.keys.transaction((sql) =>
      this.keys.withDataKey(sql, subject, (dataKey) =>
        sql(
          `insert into pii_records (subject_id, ciphertext, updated_at) values ($1, $2, now())
           on conflict (subject_id) do update set ciphertext = excluded.ciphertext, updated_at = excluded.updated_at`,
          [subject, encryptRecord(dataKey, record, subject)],
        ),
      ),
    );
  }

  /**
   * The subject's data: `null` if never stored, `{ erased: true }` after erasure. A read by anyone but
   * the subject (`reader.readerId !== subjectId`) that returns data is logged in the same transaction,
   * so data never leaves the vault without its log entry.
   */
  async read(subjectId: string, reader: PiiReader): Promise<PersonalData | ErasedPersonalData | null> {
    const subject = canonicalSubjectId(subjectId);
    requireText(reader?.readerId, 'readerId');
    const self = readsOwnData(reader, subject);
    return this.keys.transaction(async (sql) => {
      const key = await this.keys.lockKey(sql, subject);
      if (!key) return null;
      if (!key.wrapped_key) return { erased: true } as const;
      const { rows } = await sql<{ ciphertext: Buffer }>('select ciphertext from pii_records where subject_id = $1', [subject]);
      if (rows.length === 0) return null;
      const data = await this.keys.withUnwrapped(key.wrapped_key, subject, (dataKey) =>
        decryptRecord(dataKey, rows[0].ciphertext, subject),
      );
      if (!self) await logAccess(sql, subject, reader);
      return data;
    });
  }

  /**
   * Destroys the subject's wrapped key and deletes their record and photos, in one transaction. Idempotent:
   * `erased` says whether this call destroyed a key; a subject never seen gets a tombstone so nothing
   * can be saved for it later either. Consent and the access log are kept.
   */
  async erase(subjectId: string): Promise<{ erased: boolean }> {
    const subject = canonicalSubjectId(subjectId);
    return this.keys.transaction(async (sql) => {
      const destroyKey = (): Promise<{ affected: number }> =>
        sql('update pii_subject_keys set wrapped_key = null, erased_at = now() where subject_id = $1 and erased_at is null', [subject]);
      let { affected } = await destroyKey();
      if (affected === 0) {
        const tombstone = await sql(
          'insert into pii_subject_keys (subject_id, wrapped_key, erased_at) values ($1, null, now()) on conflict (subject_id) do nothing',
          [subject],
        );
        // The insert lost to a first save committed meanwhile: that key now exists and must go too.
        if (tombstone.affected === 0) ({ affected } = await destroyKey());
      }
      await sql('delete from pii_records where subject_id = $1', [subject]);
      await sql('delete from pii_attachments where subject_id = $1', [subject]);
      return { erased: affected > 0 };
    });
  }
}

function validatePersonalData(data: PersonalDataInput): PersonalData {
  requireText(data?.name, 'name');
  const optional = (value: string | null | undefined, field: string): string | null => {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') throw new PersonalDataInputError(`${field} must be a string or null`);
    return value;
  };
  return { name: data.name, contact: optional(data.contact, 'contact'), postalAddress: optional(data.postalAddress, 'postalAddress') };
}
