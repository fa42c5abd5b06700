import type { DataSource, EntityManager } from 'typeorm';

/** Memory for the sorts and hashes of one report; PostgreSQL's default (4 MB) spills a year of a region to disk. */
const REPORT_WORK_MEM = '64MB';

/**
 * Runs the read-only statements of one report (a rating, an analytics table) in one transaction: they see
 * one snapshot of the read models, so a figure and its names or its trend points agree, and the
 * aggregations get enough memory to stay in RAM (`set local`, for this transaction only).
 */
export function inReportSession<T>(db: DataSource, run: (manager: EntityManager) => Promise<T>): Promise<T> {
  return db.transaction('REPEATABLE READ', async (manager) => {
    await manager.query('set transaction read only');
    await manager.query(`set local work_mem = '${REPORT_WORK_MEM}'`);
    return run(manager);
  });
}
