import type { DataSource } from 'typeorm';
import { PersonalDataErasedError, PersonalDataInputError } from './errors';
import { generateMasterKey, loadOrCreateMasterKey, type MasterKeySource } from './master-key';
import { decryptRecord, encryptRecord, generateDataKey, KEY_BYTES, type PersonalData, unwrapSubjectKey, wrapSubjectKey } from './pii-crypto';

export type { PersonalData } from './pii-crypto';

/** What `save` takes: contact and postal address may be left out. */
export type PersonalDataInput = Readonly<{ name: string; contact?: string | null; postalAddress?: string | null }>;

/**
 * Who reads, in which role, why, and for which appeal. `readerId` equal to the subject id means the
 * voter reads their own data (not logged); callers must take it from the authenticated session.
 */
export type PiiReader = Readonly<{ readerId: string; role: string; purpose: string; appealId?: string }>;

export type ErasedPersonalData = Readonly<{ erased: true }>;

/** One read of a voter's data by someone else, as the voter sees it. */
export type PiiAccessLogEntry = Readonly<{
  id: string;
  readerId: string;
  readerRole: string;
  purpose: string;
  appealId: string | null;
  accessedAt: Date;
}>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Sql = <Row extends object>(text: string, parameters?: unknown[]) => Promise<{ rows: Row[]; affected: number }>;
type KeyRow = { wrapped_key: Buffer | null; erased_at: Date | null };

/**
 * Voters' personal data, outside the event log: each subject's record is encrypted with its own data
 * key, which is stored wrapped by the master key. Erasure destroys the wrapped key (crypto-shredding).
 */
export class PiiVault {
  private readonly masterKey: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    masterKey: Buffer,
  ) {
    if (!Buffer.isBuffer(masterKey) || masterKey.length !== KEY_BYTES) {
      const got = Buffer.isBuffer(masterKey) ? `${masterKey.length} bytes` : typeof masterKey;
      throw new Error(`PiiVault needs a ${KEY_BYTES}-byte master key (AES-256), got ${got}`);
    }
    // A private copy: the caller's buffer may be reused or zeroed.
    this.masterKey = Buffer.from(masterKey);
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
    const candidateKey = generateDataKey();
    try {
      await this.transaction(async (sql) => {
        // Concurrent first saves all try to insert; one key wins and every one of them then uses it.
        await sql('insert into pii_subject_keys (subject_id, wrapped_key) values ($1, $2) on conflict (subject_id) do nothing', [
          subject,
          wrapSubjectKey(this.masterKey, candidateKey, subject),
        ]);
        // `for share` makes a concurrent erase wait for this write, or this write see the erasure.
        const key = await this.lockKey(sql, subject);
        if (!key?.wrapped_key) throw new PersonalDataErasedError(subject);
        const dataKey = unwrapSubjectKey(this.masterKey, key.wrapped_key, subject);
        try {
          await sql(
            `insert into pii_records (subject_id, ciphertext, updated_at) values ($1, $2, now())
             on conflict (subject_id) do update set ciphertext = excluded.ciphertext, updated_at = excluded.updated_at`,
            [subject, encryptRecord(dataKey, record, subject)],
          );
        } finally {
          dataKey.fill(0);
        }
      });
    } finally {
      candidateKey.fill(0);
    }
  }

  /** Records consent to processing under the given policy version; a repeat keeps the first time. */
  async recordConsent(subjectId: string, policyVersion: string, at: Date): Promise<void> {
    const subject = canonicalSubjectId(subjectId);
    requireText(policyVersion, 'policyVersion');
    if (!(at instanceof Date) || Number.isNaN(at.getTime())) throw new PersonalDataInputError('Consent time must be a valid Date');
    await this.dataSource.query(
      'insert into pii_consents (subject_id, policy_version, consented_at) values ($1, $2, $3) on conflict do nothing',
      [subject, policyVersion, at],
    );
  }

  /** Whether the subject consented under this policy version. */
  async hasConsented(subjectId: string, policyVersion: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('select 1 from pii_consents where subject_id = $1 and policy_version = $2', [
      canonicalSubjectId(subjectId),
      policyVersion,
    ]);
    return rows.length > 0;
  }

  /**
   * The subject's data: `null` if never stored, `{ erased: true }` after erasure. A read by anyone but
   * the subject (`reader.readerId !== subjectId`) that returns data is logged in the same transaction,
   * so data never leaves the vault without its log entry.
   */
  async read(subjectId: string, reader: PiiReader): Promise<PersonalData | ErasedPersonalData | null> {
    const subject = canonicalSubjectId(subjectId);
    requireText(reader?.readerId, 'readerId');
    const self = reader.readerId.toLowerCase() === subject;
    if (!self) validateOtherReader(reader);
    return this.transaction(async (sql) => {
      const key = await this.lockKey(sql, subject);
      if (!key) return null;
      if (!key.wrapped_key) return { erased: true } as const;
      const { rows } = await sql<{ ciphertext: Buffer }>('select ciphertext from pii_records where subject_id = $1', [subject]);
      if (rows.length === 0) return null;
      const dataKey = unwrapSubjectKey(this.masterKey, key.wrapped_key, subject);
      let data: PersonalData;
      try {
        data = decryptRecord(dataKey, rows[0].ciphertext, subject);
      } finally {
        dataKey.fill(0);
      }
      if (!self) {
        await sql('insert into pii_access_log (subject_id, reader_id, reader_role, purpose, appeal_id) values ($1, $2, $3, $4, $5)', [
          subject,
          reader.readerId,
          reader.role,
          reader.purpose,
          reader.appealId ?? null,
        ]);
      }
      return data;
    });
  }

  /**
   * Destroys the subject's wrapped key and deletes their record, in one transaction. Idempotent:
   * `erased` says whether this call destroyed a key; a subject never seen gets a tombstone so nothing
   * can be saved for it later either.
   */
  async erase(subjectId: string): Promise<{ erased: boolean }> {
    const subject = canonicalSubjectId(subjectId);
    return this.transaction(async (sql) => {
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
      return { erased: affected > 0 };
    });
  }

  /** Who read the subject's data, newest first: for the voter to see. */
  async accessLog(subjectId: string): Promise<PiiAccessLogEntry[]> {
    const rows: Array<{ id: string; reader_id: string; reader_role: string; purpose: string; appeal_id: string | null; accessed_at: Date }> =
      await this.dataSource.query(
        `select id::text, reader_id, reader_role, purpose, appeal_id, accessed_at
           from pii_access_log where subject_id = $1 order by accessed_at desc, id desc`,
        [canonicalSubjectId(subjectId)],
      );
    return rows.map((row) => ({
      id: row.id,
      readerId: row.reader_id,
      readerRole: row.reader_role,
      purpose: row.purpose,
      appealId: row.appeal_id,
      accessedAt: row.accessed_at,
    }));
  }

  private async lockKey(sql: Sql, subject: string): Promise<KeyRow | undefined> {
    const { rows } = await sql<KeyRow>('select wrapped_key, erased_at from pii_subject_keys where subject_id = $1 for share', [subject]);
    return rows[0];
  }

  private async transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      try {
        // Structured results: TypeORM otherwise returns [rows, count] for update and delete.
        const result = await work(async (text, parameters) => {
          const { records, affected } = await runner.query(text, parameters, true);
          return { rows: records, affected: affected ?? 0 };
        });
        await runner.commitTransaction();
        return result;
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      }
    } finally {
      await runner.release();
    }
  }
}

// Postgres returns uuids in lower case, and the subject id is authenticated data: one spelling only.
function canonicalSubjectId(subjectId: string): string {
  if (typeof subjectId !== 'string' || !UUID.test(subjectId)) throw new PersonalDataInputError(`Subject id must be a uuid, got "${String(subjectId)}"`);
  return subjectId.toLowerCase();
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

// Role and purpose go into the access log, which only reads by others write.
function validateOtherReader(reader: PiiReader): void {
  requireText(reader.role, 'role');
  requireText(reader.purpose, 'purpose');
  if (reader.appealId !== undefined && !UUID.test(reader.appealId)) throw new PersonalDataInputError(`appealId must be a uuid, got "${reader.appealId}"`);
}

function requireText(value: unknown, field: string): void {
  if (typeof value !== 'string' || value.trim() === '') throw new PersonalDataInputError(`${field} must be a non-empty string`);
}
