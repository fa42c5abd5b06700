import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PersonalDataErasedError, PersonalDataInputError, UnsentAttachmentLimitError } from './errors';
import { generateMasterKey, loadOrCreateMasterKey, type MasterKeySource } from './master-key';
import {
  decryptRecord,
  encryptRecord,
  generateDataKey,
  KEY_BYTES,
  type PersonalData,
  seal,
  unseal,
  unwrapSubjectKey,
  wrapSubjectKey,
} from './pii-crypto';

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

/** A photo attached to an appeal, as the vault describes it (its bytes are read with `readAttachment`). */
export type AttachmentInfo = Readonly<{
  id: string;
  /** The author. */
  subjectId: string;
  /** The appeal whose submission recorded it; `null` while only uploaded (or claimed by a submission not yet recorded). */
  appealId: string | null;
  contentType: string;
  byteSize: number;
  width: number;
  height: number;
  createdAt: Date;
}>;

/** What `saveAttachment` takes: an image already checked and re-encoded by the caller, and a small copy (same type). */
export type AttachmentInput = Readonly<{ contentType: string; bytes: Buffer; width: number; height: number; thumbnail?: Buffer }>;

/** Which copy of a photo `readAttachment` reads: the photo, or its thumbnail (the photo itself if it has none). */
export type AttachmentVariant = 'photo' | 'thumbnail';

type AttachmentRecord = {
  id: string;
  subject_id: string;
  appeal_id: string | null;
  recorded: boolean;
  content_type: string;
  byte_size: number;
  width: number;
  height: number;
  created_at: Date;
};
const ATTACHMENT_COLUMNS = 'id, subject_id, appeal_id, recorded, content_type, byte_size, width, height, created_at';

const toAttachmentInfo = (row: AttachmentRecord): AttachmentInfo => ({
  id: row.id,
  subjectId: row.subject_id,
  appealId: row.recorded ? row.appeal_id : null,
  contentType: row.content_type,
  byteSize: row.byte_size,
  width: row.width,
  height: row.height,
  createdAt: row.created_at,
});

/** Internal: a claim that did not get every photo, to roll its transaction back. */
class ClaimRefused extends Error {
  constructor(readonly refused: string[]) {
    super('claim refused');
  }
}

// Bound to the author and the attachment, so sealed bytes cannot be moved to another row or subject.
const attachmentAad = (subjectId: string, attachmentId: string, variant: AttachmentVariant = 'photo'): Buffer =>
  Buffer.from(`pii-attachment${variant === 'thumbnail' ? '-thumbnail' : ''}:${subjectId}:${attachmentId}`, 'utf8');

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
    await this.transaction((sql) =>
      this.withDataKey(sql, subject, (dataKey) =>
        sql(
          `insert into pii_records (subject_id, ciphertext, updated_at) values ($1, $2, now())
           on conflict (subject_id) do update set ciphertext = excluded.ciphertext, updated_at = excluded.updated_at`,
          [subject, encryptRecord(dataKey, record, subject)],
        ),
      ),
    );
  }

  /**
   * Stores a photo the subject attaches to an appeal, sealed under their data key (created on first use).
   * Not yet sent with an appeal: see `claimAttachments`. Throws once the subject is erased, and with
   * `maxUnsent` when the subject already holds that many unsent photos.
   */
  async saveAttachment(subjectId: string, input: AttachmentInput, limits: Readonly<{ maxUnsent?: number }> = {}): Promise<AttachmentInfo> {
    const subject = canonicalSubjectId(subjectId);
    requireText(input?.contentType, 'contentType');
    if (!Buffer.isBuffer(input.bytes) || input.bytes.length === 0) throw new PersonalDataInputError('An attachment needs its bytes');
    const id = randomUUID();
    const rows = await this.transaction((sql) =>
      this.withDataKey(sql, subject, async (dataKey) => {
        if (limits.maxUnsent !== undefined) {
          // One count at a time per subject, so parallel uploads cannot all slip under the limit.
          await sql('select pg_advisory_xact_lock(hashtextextended($1, 0))', [`pii-attachments:${subject}`]);
          const { rows: counted } = await sql<{ n: number }>(
            'select count(*)::int as n from pii_attachments where subject_id = $1 and appeal_id is null',
            [subject],
          );
          if (counted[0].n >= limits.maxUnsent) throw new UnsentAttachmentLimitError(limits.maxUnsent);
        }
        const thumbnail = input.thumbnail?.length ? seal(dataKey, input.thumbnail, attachmentAad(subject, id, 'thumbnail')) : null;
        const { rows } = await sql<AttachmentRecord>(
          `insert into pii_attachments (id, subject_id, content_type, byte_size, width, height, ciphertext, thumbnail)
           values ($1, $2, $3, $4, $5, $6, $7, $8) returning ${ATTACHMENT_COLUMNS}`,
          [
            id,
            subject,
            input.contentType,
            input.bytes.length,
            input.width,
            input.height,
            seal(dataKey, input.bytes, attachmentAad(subject, id)),
            thumbnail,
          ],
        );
        return rows;
      }),
    );
    return toAttachmentInfo(rows[0]);
  }

  /** What is known of these attachments (no bytes, nothing logged); unknown or erased ids are left out. */
  async attachmentInfo(ids: readonly string[]): Promise<AttachmentInfo[]> {
    const valid = ids.filter((id) => UUID.test(id));
    if (valid.length === 0) return [];
    const rows: AttachmentRecord[] = await this.dataSource.query(
      `select ${ATTACHMENT_COLUMNS} from pii_attachments where id = any($1::uuid[])`,
      [valid],
    );
    return rows.map(toAttachmentInfo);
  }

  /** The photos an appeal's submission recorded, in upload order (none once the author erased their data). */
  async attachmentsOfAppeal(appealId: string): Promise<AttachmentInfo[]> {
    if (!UUID.test(appealId)) return [];
    const rows: AttachmentRecord[] = await this.dataSource.query(
      `select ${ATTACHMENT_COLUMNS} from pii_attachments where appeal_id = $1 and recorded order by created_at, id`,
      [appealId],
    );
    return rows.map(toAttachmentInfo);
  }

  /**
   * Claims the subject's photos for an appeal about to be submitted, all or none: each must be theirs and
   * unsent, or already claimed for this appeal (a retry). A claimed photo is neither swept as unsent nor
   * shown with the appeal until `settleAttachments` records it. Returns the ids it could not claim (missing,
   * someone else's, or claimed for another appeal), changing nothing then; an empty list when all are claimed.
   */
  async claimAttachments(subjectId: string, ids: readonly string[], appealId: string): Promise<string[]> {
    const subject = canonicalSubjectId(subjectId);
    if (!UUID.test(appealId)) throw new PersonalDataInputError(`appealId must be a uuid, got "${appealId}"`);
    const wanted = [...new Set(ids.map((id) => id.toLowerCase()))];
    const malformed = wanted.filter((id) => !UUID.test(id));
    if (wanted.length === 0 || malformed.length > 0) return malformed;
    return this.transaction(async (sql) => {
      const { rows } = await sql<{ id: string }>(
        `update pii_attachments set appeal_id = $3, claimed_at = now()
          where id = any($2::uuid[]) and subject_id = $1 and (appeal_id is null or appeal_id = $3)
          returning id`,
        [subject, wanted, appealId],
      );
      const claimed = new Set(rows.map((row) => row.id));
      const refused = wanted.filter((id) => !claimed.has(id));
      // Rolled back by the transaction when short.
      if (refused.length > 0) throw new ClaimRefused(refused);
      return [];
    }).catch((error: unknown) => {
      if (error instanceof ClaimRefused) return error.refused;
      throw error;
    });
  }

  /**
   * Settles the subject's claims for an appeal once its fate is known: the photos its recorded submission
   * lists (`recorded`, none if nothing was recorded) are shown with it from now on, whoever claimed them;
   * any other claim for it is given back to "unsent". A recorded photo is never given back.
   */
  async settleAttachments(subjectId: string, appealId: string, recorded: readonly string[]): Promise<void> {
    if (!UUID.test(appealId)) return;
    const subject = canonicalSubjectId(subjectId);
    const ids = recorded.map((id) => id.toLowerCase()).filter((id) => UUID.test(id));
    await this.transaction(async (sql) => {
      if (ids.length > 0) {
        await sql(
          `update pii_attachments set appeal_id = $2, recorded = true, claimed_at = coalesce(claimed_at, now())
            where id = any($3::uuid[]) and subject_id = $1 and (appeal_id is null or appeal_id = $2)`,
          [subject, appealId, ids],
        );
      }
      await sql(
        'update pii_attachments set appeal_id = null, claimed_at = null where subject_id = $1 and appeal_id = $2 and not recorded',
        [subject, appealId],
      );
    });
  }

  /** Claims older than `before` never settled (a crash between claim and record): the sweeper settles them. */
  async unsettledClaims(before: Date, limit: number): Promise<Array<Readonly<{ subjectId: string; appealId: string }>>> {
    const rows: Array<{ subject_id: string; appeal_id: string }> = await this.dataSource.query(
      `select distinct subject_id, appeal_id from pii_attachments
        where appeal_id is not null and not recorded and claimed_at < $1 limit $2`,
      [before, limit],
    );
    return rows.map((row) => ({ subjectId: row.subject_id, appealId: row.appeal_id }));
  }

  /** Deletes one of the subject's photos not sent with an appeal; false if there is no such photo. */
  async deleteUnsentAttachment(subjectId: string, attachmentId: string): Promise<boolean> {
    if (!UUID.test(attachmentId)) return false;
    const [{ n }]: Array<{ n: number }> = await this.dataSource.query(
      'with gone as (delete from pii_attachments where id = $2 and subject_id = $1 and appeal_id is null returning 1) select count(*)::int as n from gone',
      [canonicalSubjectId(subjectId), attachmentId],
    );
    return n === 1;
  }

  /**
   * A photo's bytes (or its thumbnail's), or `null` if unknown or erased. As with `read`, a read by anyone
   * but its author is logged in the same transaction; callers decide beforehand whether the reader may see
   * the appeal.
   */
  async readAttachment(
    attachmentId: string,
    reader: PiiReader,
    variant: AttachmentVariant = 'photo',
  ): Promise<{ info: AttachmentInfo; bytes: Buffer } | null> {
    if (!UUID.test(attachmentId)) return null;
    requireText(reader?.readerId, 'readerId');
    return this.transaction(async (sql) => {
      const { rows } = await sql<AttachmentRecord & { sealed: Buffer; sealed_variant: AttachmentVariant }>(
        `select ${ATTACHMENT_COLUMNS},
                case when $2 = 'thumbnail' and thumbnail is not null then thumbnail else ciphertext end as sealed,
                case when $2 = 'thumbnail' and thumbnail is not null then 'thumbnail' else 'photo' end as sealed_variant
           from pii_attachments where id = $1`,
        [attachmentId, variant],
      );
      if (rows.length === 0) return null;
      const info = toAttachmentInfo(rows[0]);
      const self = reader.readerId.toLowerCase() === info.subjectId;
      if (!self) validateOtherReader(reader);
      const key = await this.lockKey(sql, info.subjectId);
      if (!key?.wrapped_key) return null;
      const dataKey = unwrapSubjectKey(this.masterKey, key.wrapped_key, info.subjectId);
      let bytes: Buffer;
      try {
        bytes = unseal(dataKey, rows[0].sealed, attachmentAad(info.subjectId, info.id, rows[0].sealed_variant), `attachment ${info.id}`);
      } finally {
        dataKey.fill(0);
      }
      if (!self) await this.logAccess(sql, info.subjectId, reader);
      return { info, bytes };
    });
  }

  /** Deletes uploads never sent with an appeal, created before `before`; returns how many. */
  async sweepUnsentAttachments(before: Date): Promise<number> {
    const [{ n }]: Array<{ n: number }> = await this.dataSource.query(
      'with swept as (delete from pii_attachments where appeal_id is null and created_at < $1 returning 1) select count(*)::int as n from swept',
      [before],
    );
    return n;
  }

  /** How many uploads the subject has not sent with an appeal yet. */
  async unsentAttachmentCount(subjectId: string): Promise<number> {
    const rows: Array<{ count: number }> = await this.dataSource.query(
      'select count(*)::int as count from pii_attachments where subject_id = $1 and appeal_id is null',
      [canonicalSubjectId(subjectId)],
    );
    return rows[0].count;
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
      if (!self) await this.logAccess(sql, subject, reader);
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
      await sql('delete from pii_attachments where subject_id = $1', [subject]);
      return { erased: affected > 0 };
    });
  }

  /** Who read the subject's data, newest first: for the voter to see. */
  async accessLog(subjectId: string): Promise<PiiAccessLogEntry[]> {
    const rows: Array<{
      id: string;
      reader_id: string;
      reader_role: string;
      purpose: string;
      appeal_id: string | null;
      accessed_at: Date;
    }> = await this.dataSource.query(
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

  /**
   * Runs `work` with the subject's data key, creating it on first use; throws once the subject is erased.
   * Concurrent first uses all try to insert a key; one wins and every one of them then uses it.
   */
  private async withDataKey<T>(sql: Sql, subject: string, work: (dataKey: Buffer) => Promise<T>): Promise<T> {
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
    const dataKey = unwrapSubjectKey(this.masterKey, key.wrapped_key, subject);
    try {
      return await work(dataKey);
    } finally {
      dataKey.fill(0);
    }
  }

  private async logAccess(sql: Sql, subject: string, reader: PiiReader): Promise<void> {
    await sql('insert into pii_access_log (subject_id, reader_id, reader_role, purpose, appeal_id) values ($1, $2, $3, $4, $5)', [
      subject,
      reader.readerId,
      reader.role,
      reader.purpose,
      reader.appealId ?? null,
    ]);
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
  if (typeof subjectId !== 'string' || !UUID.test(subjectId))
    throw new PersonalDataInputError(`Subject id must be a uuid, got "${String(subjectId)}"`);
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
  if (reader.appealId !== undefined && !UUID.test(reader.appealId))
    throw new PersonalDataInputError(`appealId must be a uuid, got "${reader.appealId}"`);
}

function requireText(value: unknown, field: string): void {
  if (typeof value !== 'string' || value.trim() === '') throw new PersonalDataInputError(`${field} must be a non-empty string`);
}
