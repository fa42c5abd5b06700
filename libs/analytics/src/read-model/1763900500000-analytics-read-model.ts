import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per appeal with the times of the facts regional analytics is made of. The cubes (region ×
 * territory × category × national project × day) are aggregated from it at query time, because exact
 * distinct-voter counts (for suppression) and medians cannot be summed from pre-aggregated cells
 * (docs/analytics.md).
 */
export class AnalyticsReadModel1763900500000 implements MigrationInterface {
  name = 'AnalyticsReadModel1763900500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table analytics_appeals (
        appeal_id text primary key,
        region_code text not null,
        territory_id text not null,
        category_id text not null,
        subject_id text not null,
        submitted_at timestamptz not null,
        first_response_at timestamptz,
        answered_at timestamptz,
        overdue_at timestamptz,
        settled_at timestamptz,
        verdicts jsonb not null default '[]',
        -- when the latest verdict was given: a report whose range ends later takes it without unpacking verdicts
        feedback_at timestamptz,
        version integer not null
      );
      create index analytics_appeals_region on analytics_appeals (region_code, submitted_at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table analytics_appeals');
  }
}
