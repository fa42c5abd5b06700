import type { DataSource } from 'typeorm';
import { PersonalDataInputError } from './errors';
import { canonicalSubjectId, requireText } from './subject-keys';

/** Voters' consent to the processing of their personal data, by policy version; kept after erasure as proof. */
export class ConsentLog {
  constructor(private readonly dataSource: DataSource) {}

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
}
