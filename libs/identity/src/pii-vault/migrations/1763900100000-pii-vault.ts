import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The personal data vault: per-subject keys, encrypted records, consents and the access log.
 * Sealed values (`wrapped_key`, `ciphertext`) are one bytea each: format byte 0x01 ‖ 12-byte IV ‖
 * 16-byte GCM tag ‖ ciphertext (see pii-crypto.ts).
 */
export class PiiVault1763900100000 implements MigrationInterface {
  name = 'PiiVault1763900100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The row outlives erasure so "erased" stays distinguishable from "never known"; the check keeps
    // "key present" and "not erased" the same fact.
    await queryRunner.query(`
      create table pii_subject_keys (
        subject_id  uuid primary key,
        wrapped_key bytea,
        created_at  timestamptz not null default now(),
        erased_at   timestamptz,
        constraint pii_subject_keys_erased_has_no_key check ((wrapped_key is null) = (erased_at is not null))
      )`);
    await queryRunner.query(`
      create table pii_records (
        subject_id uuid primary key references pii_subject_keys (subject_id),
        ciphertext bytea not null,
        updated_at timestamptz not null
      )`);
    // No foreign key: consent can be given before any personal data is saved, and is kept after erasure.
    await queryRunner.query(`
      create table pii_consents (
        subject_id     uuid not null,
        policy_version text not null,
        consented_at   timestamptz not null,
        primary key (subject_id, policy_version)
      )`);
    await queryRunner.query(`
      create table pii_access_log (
        id          bigint generated always as identity primary key,
        subject_id  uuid not null,
        reader_id   text not null,
        reader_role text not null,
        purpose     text not null,
        appeal_id   uuid,
        accessed_at timestamptz not null default now()
      )`);
    await queryRunner.query('create index pii_access_log_subject_accessed on pii_access_log (subject_id, accessed_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table pii_access_log');
    await queryRunner.query('drop table pii_consents');
    await queryRunner.query('drop table pii_records');
    await queryRunner.query('drop table pii_subject_keys');
  }
}
