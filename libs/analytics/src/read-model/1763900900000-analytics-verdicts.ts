import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The voters' verdicts move from a list in each appeal's row to one row per rated answer, the shape the
 * ratings keep too, so that both take "the latest verdict" from the one definition (`latestVerdictsSql`).
 * The rows need the answer numbers, which only the events have: the analytics projection replays the log.
 */
export class AnalyticsVerdicts1763900900000 implements MigrationInterface {
  name = 'AnalyticsVerdicts1763900900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table analytics_feedback (
        appeal_id text not null,
        answer_number integer not null,
        region_code text not null,
        submitted_at timestamptz not null,
        satisfaction float8 not null,
        solved text not null,
        primary key (appeal_id, answer_number)
      );
      create index analytics_feedback_region on analytics_feedback (region_code, submitted_at);
      alter table analytics_appeals drop column verdicts, drop column feedback_at;
      truncate analytics_appeals;
      delete from projection_checkpoints where name = 'analytics';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      drop table analytics_feedback;
      alter table analytics_appeals add column verdicts jsonb not null default '[]', add column feedback_at timestamptz;
      truncate analytics_appeals;
      delete from projection_checkpoints where name = 'analytics';
    `);
  }
}
