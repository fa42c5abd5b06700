import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { logAccess, type PiiReader, readsOwnData } from './access-log';
import { PersonalDataInputError, UnsentAttachmentLimitError } from './errors';
import { seal, unseal } from './pii-crypto';
import { canonicalSubjectId, requireText, SubjectKeys, UUID } from './subject-keys';

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

/**
 * Photos voters attach to appeals, sealed under the author's data key (so erasure shreds them with the
 * rest): uploaded, claimed by a submission, settled once it is recorded, swept when never sent.
 */
export class PhotoVault {
  private readonly keys: SubjectKeys;

  constructor(
    private readonly dataSource: DataSource,
    masterKey: Buffer,
  ) {
    this.keys = new SubjectKeys(dataSource, masterKey, 'PhotoVault');
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
    const rows = await this.keys.transaction((sql) =>
      this.keys.withDataKey(sql, subject, async (dataKey) => {
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
    return this.keys
      .transaction(async (sql) => {
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
      })
      .catch((error: unknown) => {
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
    await this.keys.transaction(async (sql) => {
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
   * A photo's bytes (or its thumbnail's), or `null` if unknown or erased. As with `PiiVault.read`, a read by
   * anyone but its author is logged in the same transaction; callers decide beforehand whether the reader may
   * see the appeal.
   */
  async readAttachment(
    attachmentId: string,
    reader: PiiReader,
    variant: AttachmentVariant = 'photo',
  ): Promise<{ info: AttachmentInfo; bytes: Buffer } | null> {
    if (!UUID.test(attachmentId)) return null;
    requireText(reader?.readerId, 'readerId');
    return this.keys.transaction(async (sql) => {
      const { rows } = await sql<AttachmentRecord & { sealed: Buffer; sealed_variant: AttachmentVariant }>(
        `select ${ATTACHMENT_COLUMNS},
                case when $2 = 'thumbnail' and thumbnail is not null then thumbnail else ciphertext end as sealed,
                case when $2 = 'thumbnail' and thumbnail is not null then 'thumbnail' else 'photo' end as sealed_variant
           from pii_attachments where id = $1`,
        [attachmentId, variant],
      );
      if (rows.length === 0) return null;
      const info = toAttachmentInfo(rows[0]);
      const self = readsOwnData(reader, info.subjectId);
      const key = await this.keys.lockKey(sql, info.subjectId);
      if (!key?.wrapped_key) return null;
      const aad = attachmentAad(info.subjectId, info.id, rows[0].sealed_variant);
      const bytes = await this.keys.withUnwrapped(key.wrapped_key, info.subjectId, (dataKey) =>
        unseal(dataKey, rows[0].sealed, aad, `attachment ${info.id}`),
      );
      if (!self) await logAccess(sql, info.subjectId, reader);
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
}
