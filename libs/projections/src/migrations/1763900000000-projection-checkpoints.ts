import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProjectionCheckpoints1763900000000 implements MigrationInterface {
  name = 'ProjectionCheckpoints1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table projection_checkpoints (
        name                   text primary key,
        commit_position        numeric(20, 0) not null,
        prepare_position       numeric(20, 0) not null,
        events_applied         bigint not null default 0,
        last_event_recorded_at timestamptz,
        updated_at             timestamptz not null
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table projection_checkpoints');
  }
}
