import type { DataSource } from 'typeorm';
import { PersonalDataErasedError, PersonalDataInputError } from './errors';
import { generateDataKey, KEY_BYTES, unwrapSubjectKey, wrapSubjectKey } from './pii-crypto';

/** A query inside the vault's transaction, with structured results. */
export type Sql = <Row extends object>(text: string, parameters?: unknown[]) => Promise<{ rows: Row[]; affected: number }>;
type KeyRow = { wrapped_key: Buffer | null; erased_at: Date | null };

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Internal to the vault: each subject's data key, stored wrapped by the master key, and the transaction
 * every read and write of sealed data runs in. Erasure destroys the wrapped key (crypto-shredding).
 */
export class SubjectKeys {
  private readonly masterKey: Buffer;

  /** `owner` names the class that needs the key, for the error a wrong key gets. */
  constructor(
    private readonly dataSource: DataSource,
    masterKey: Buffer,
    owner: string,
  ) {
    if (!Buffer.isBuffer(masterKey) || masterKey.length !== KEY_BYTES) {
      const got = Buffer.isBuffer(masterKey) ? `${masterKey.length} bytes` : typeof masterKey;
      throw new Error(`${owner} needs a ${KEY_BYTES}-byte master key (AES-256), got ${got}`);
    }
    // A private copy: the caller's buffer may be reused or zeroed.
    this.masterKey = Buffer.from(masterKey);
  }

  /**
   * Runs `work` with the subject's data key, creating it on first use; throws once the subject is erased.
   * Concurrent first uses all try to insert a key; one wins and every one of them then uses it.
   */
  async withDataKey<T>(sql: Sql, subject: string, work: (dataKey: Buffer) => Promise<T>): Promise<T> {
    const candidateKey = generateDataKey();
    try {
      await sql('insert into pii_subject_keys (subject_id, wrapped_key) values ($1, $2) on conflict (subject_id) do nothing', [
        subject,
        wrapSubjectKey(this.masterKey, candidateKey, subject),
      ]);
    } finally {
      candidateKey.fill(0);
    }
    // `for share` makes a concurrent erase wait for this write, or this write see the erasure.
    const key = await this.lockKey(sql, subject);
    if (!key?.wrapped_key) throw new PersonalDataErasedError(subject);
    return this.withUnwrapped(key.wrapped_key, subject, work);
  }

  /** Runs `work` with the subject's data key, zeroed after; `wrapped` is the key as `lockKey` found it. */
  async withUnwrapped<T>(wrapped: Buffer, subject: string, work: (dataKey: Buffer) => T | Promise<T>): Promise<T> {
    const dataKey = unwrapSubjectKey(this.masterKey, wrapped, subject);
    try {
      return await work(dataKey);
    } finally {
      dataKey.fill(0);
    }
  }

  /** The subject's key row, held `for share` until the transaction ends; undefined if never seen. */
  async lockKey(sql: Sql, subject: string): Promise<KeyRow | undefined> {
    const { rows } = await sql<KeyRow>('select wrapped_key, erased_at from pii_subject_keys where subject_id = $1 for share', [subject]);
    return rows[0];
  }

  async transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      try {
        // Structured results: TypeORM otherwise returns [rows, count] for update and delete.
        const result = await work(async <Row extends object>(text: string, parameters?: unknown[]) => {
          const { records, affected } = await runner.query(text, parameters, true);
          return { rows: records as Row[], affected: affected ?? 0 };
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
export function canonicalSubjectId(subjectId: string): string {
  if (typeof subjectId !== 'string' || !UUID.test(subjectId))
    throw new PersonalDataInputError(`Subject id must be a uuid, got "${String(subjectId)}"`);
  return subjectId.toLowerCase();
}

export function requireText(value: unknown, field: string): void {
  if (typeof value !== 'string' || value.trim() === '') throw new PersonalDataInputError(`${field} must be a non-empty string`);
}
