import type { DataSource } from 'typeorm';
import { PersonalDataInputError } from './errors';
import { canonicalSubjectId, requireText, type Sql, UUID } from './subject-keys';

/**
 * Who reads, in which role, why, and for which appeal. `readerId` equal to the subject id means the
 * voter reads their own data (not logged); callers must take it from the authenticated session.
 */
export type PiiReader = Readonly<{ readerId: string; role: string; purpose: string; appealId?: string }>;

/** One read of a voter's data by someone else, as the voter sees it. */
export type PiiAccessLogEntry = Readonly<{
  id: string;
  readerId: string;
  readerRole: string;
  purpose: string;
  appealId: string | null;
  accessedAt: Date;
}>;

/** Who read each voter's personal data and photos: written by the vault's reads, shown to the voter. */
export class PiiAccessLog {
  constructor(private readonly dataSource: DataSource) {}

  /** Who read the subject's data, newest first: for the voter to see. */
  async entries(subjectId: string): Promise<PiiAccessLogEntry[]> {
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
}

/** Whether the reader is the subject; checks what a read by someone else must log. */
export function readsOwnData(reader: PiiReader, subject: string): boolean {
  const self = reader.readerId.toLowerCase() === subject;
  if (!self) validateOtherReader(reader);
  return self;
}

/** Logs a read by someone else in the reading transaction, so data never leaves the vault without its entry. */
export async function logAccess(sql: Sql, subject: string, reader: PiiReader): Promise<void> {
  await sql('insert into pii_access_log (subject_id, reader_id, reader_role, purpose, appeal_id) values ($1, $2, $3, $4, $5)', [
    subject,
    reader.readerId,
    reader.role,
    reader.purpose,
    reader.appealId ?? null,
  ]);
}

// Role and purpose go into the access log, which only reads by others write.
function validateOtherReader(reader: PiiReader): void {
  requireText(reader.role, 'role');
  requireText(reader.purpose, 'purpose');
  if (reader.appealId !== undefined && !UUID.test(reader.appealId))
    throw new PersonalDataInputError(`appealId must be a uuid, got "${reader.appealId}"`);
}
