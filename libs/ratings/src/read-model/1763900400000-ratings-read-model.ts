import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The facts deputy ratings are computed from, each with its time so that a rating can be read as of any
 * date: one row per appeal (who and where), one per case (an assignment to a deputy), one per decided answer
 * deadline of a case (never changed once written) and one per feedback.
 */
export class RatingsReadModel1763900400000 implements MigrationInterface {
  name = 'RatingsReadModel1763900400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table rating_appeals (
        appeal_id text primary key,
        region_code text not null,
        subject_id text not null,
        first_response_target_ms bigint,
        version integer not null
      );
      create table rating_cases (
        appeal_id text not null,
        case_no integer not null,
        deputy_id text not null,
        region_code text not null,
        received_at timestamptz not null,
        first_response_due_at timestamptz,
        first_response_at timestamptz,
        answered_at timestamptz,
        overdue_at timestamptz,
        deadlines jsonb not null default '[]',
        deadline_decided boolean not null default false,
        reopened_at timestamptz,
        ended_at timestamptz,
        end_reason text,
        primary key (appeal_id, case_no)
      );
      create index rating_cases_region on rating_cases (region_code, received_at);
      create table rating_deadlines (
        appeal_id text not null,
        case_no integer not null,
        seq integer not null,
        deputy_id text not null,
        region_code text not null,
        received_at timestamptz not null,
        decided_at timestamptz not null,
        met boolean not null,
        primary key (appeal_id, case_no, seq)
      );
      create index rating_deadlines_region on rating_deadlines (region_code, received_at);
      create table rating_feedback (
        appeal_id text not null,
        answer_number integer not null,
        deputy_id text not null,
        region_code text not null,
        subject_id text not null,
        submitted_at timestamptz not null,
        promptness smallint not null,
        quality smallint not null,
        attentiveness smallint not null,
        solved text not null,
        primary key (appeal_id, answer_number)
      );
      create index rating_feedback_region on rating_feedback (region_code, submitted_at);
      -- bumped whenever facts arrive that are dated in the past, so that cached ratings of past dates are dropped
      create table rating_generation (id integer primary key check (id = 1), generation bigint not null);
      insert into rating_generation values (1, 0);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table rating_generation, rating_feedback, rating_deadlines, rating_cases, rating_appeals');
  }
}
