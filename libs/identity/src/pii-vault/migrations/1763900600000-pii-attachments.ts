import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Photos voters attach to appeals: personal data (faces, homes, number plates), so they live in the
 * vault, sealed under the author's data key like their record, and go with it on erasure. `appeal_id`
 * is set once the appeal that lists the photo is accepted; until then only the author can read it.
 */
export class PiiAttachments1763900600000 implements MigrationInterface {
  name = 'PiiAttachments1763900600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table pii_attachments (
        id           uuid primary key,
        subject_id   uuid not null references pii_subject_keys (subject_id),
        appeal_id    uuid,
        content_type text not null,
        byte_size    integer not null check (byte_size > 0),
        width        integer not null check (width > 0),
        height       integer not null check (height > 0),
        ciphertext   bytea not null,
        created_at   timestamptz not null default now()
      )`);
    await queryRunner.query('create index pii_attachments_appeal on pii_attachments (appeal_id) where appeal_id is not null');
    // Uploads never sent with an appeal are swept after a day (see PiiVault.sweepUnsentAttachments).
    await queryRunner.query('create index pii_attachments_unsent on pii_attachments (created_at) where appeal_id is null');
    await queryRunner.query('create index pii_attachments_subject on pii_attachments (subject_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table pii_attachments');
  }
}
