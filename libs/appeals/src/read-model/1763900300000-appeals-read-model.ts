import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The appeals as the screens read them: one row per appeal for the lists (inbox, my appeals) and the page
 * header, its timeline (one row per event) and the author's feedback per answer (ratings are computed from it).
 * `appeal_id` sorts bytewise (collate "C") so keyset pagination by (answer_due_at, appeal_id) matches the cursor.
 */
export class AppealsReadModel1763900300000 implements MigrationInterface {
  name = 'AppealsReadModel1763900300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table appeals (
        appeal_id text collate "C" primary key,
        subject_id text not null,
        region_code text not null,
        territory_id text not null,
        category_id text not null,
        deputy_id text,
        addressed_deputy_id text,
        status text not null,
        subject text not null,
        text text not null,
        submitted_at timestamptz not null,
        answer_due_at timestamptz not null,
        first_response_due_at timestamptz,
        first_responded_at timestamptz,
        answered_at timestamptz,
        closed_at timestamptz,
        overdue boolean not null default false,
        extended boolean not null default false,
        extension_days integer,
        extension_reason text,
        answer_count integer not null default 0,
        reopen_count integer not null default 0,
        last_changed_at timestamptz not null,
        version integer not null
      );
      create index appeals_author on appeals (subject_id, answer_due_at, appeal_id);
      create index appeals_inbox on appeals (deputy_id, status, answer_due_at, appeal_id);
      create index appeals_region_status on appeals (region_code, status);
      create table appeal_timeline (
        appeal_id text not null,
        stream_version integer not null,
        type text not null,
        at timestamptz not null,
        actor_id text,
        data jsonb not null,
        primary key (appeal_id, stream_version)
      );
      create table appeal_feedback (
        appeal_id text not null,
        answer_number integer not null,
        deputy_id text not null,
        promptness smallint not null,
        quality smallint not null,
        attentiveness smallint not null,
        solved text not null,
        comment text,
        submitted_at timestamptz not null,
        primary key (appeal_id, answer_number)
      );
      create index appeal_feedback_deputy on appeal_feedback (deputy_id, submitted_at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table appeal_feedback, appeal_timeline, appeals');
  }
}
