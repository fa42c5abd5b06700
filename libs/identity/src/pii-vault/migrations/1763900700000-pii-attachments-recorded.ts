import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A claimed photo is shown with its appeal only once the appeal's event records it (`recorded`): a claim
 * is taken before the appeal is appended, so a crash or a refused submission in between must not show, or
 * keep, photos no appeal lists. `claimed_at` lets the sweeper find claims never settled.
 */
export class PiiAttachmentsRecorded1763900700000 implements MigrationInterface {
  name = 'PiiAttachmentsRecorded1763900700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'alter table pii_attachments add column claimed_at timestamptz, add column recorded boolean not null default false',
    );
    // Claims made before this column were settled by the submission that made them.
    await queryRunner.query('update pii_attachments set recorded = true, claimed_at = created_at where appeal_id is not null');
    await queryRunner.query(
      'create index pii_attachments_unsettled on pii_attachments (claimed_at) where appeal_id is not null and not recorded',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop index pii_attachments_unsettled');
    await queryRunner.query('alter table pii_attachments drop column claimed_at, drop column recorded');
  }
}
