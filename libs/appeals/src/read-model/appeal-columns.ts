import type { AppealRow } from './appeal-row';

type SqlType = 'text' | 'timestamptz' | 'boolean' | 'integer';

/** The `appeals` columns, by `AppealRow` field: one list for reading, upserting and recordset typing. */
const COLUMNS = [
  ['appealId', 'appeal_id', 'text'],
  ['subjectId', 'subject_id', 'text'],
  ['regionCode', 'region_code', 'text'],
  ['territoryId', 'territory_id', 'text'],
  ['categoryId', 'category_id', 'text'],
  ['deputyId', 'deputy_id', 'text'],
  ['addressedDeputyId', 'addressed_deputy_id', 'text'],
  ['status', 'status', 'text'],
  ['subject', 'subject', 'text'],
  ['text', 'text', 'text'],
  ['submittedAt', 'submitted_at', 'timestamptz'],
  ['answerDueAt', 'answer_due_at', 'timestamptz'],
  ['firstResponseDueAt', 'first_response_due_at', 'timestamptz'],
  ['firstRespondedAt', 'first_responded_at', 'timestamptz'],
  ['answeredAt', 'answered_at', 'timestamptz'],
  ['closedAt', 'closed_at', 'timestamptz'],
  ['overdue', 'overdue', 'boolean'],
  ['extended', 'extended', 'boolean'],
  ['extensionDays', 'extension_days', 'integer'],
  ['extensionReason', 'extension_reason', 'text'],
  ['answerCount', 'answer_count', 'integer'],
  ['reopenCount', 'reopen_count', 'integer'],
  ['lastChangedAt', 'last_changed_at', 'timestamptz'],
  ['version', 'version', 'integer'],
] as const satisfies ReadonlyArray<readonly [keyof AppealRow, string, SqlType]>;

// Compile-time check that every AppealRow field has its column.
const everyField: Record<Exclude<keyof AppealRow, (typeof COLUMNS)[number][0]>, never> = {};
void everyField;

/** `select` list giving `AppealRow` fields, qualified by `alias`. */
export const appealSelectList = (alias: string): string => COLUMNS.map(([field, column]) => `${alias}.${column} as "${field}"`).join(', ');

/**
 * One statement upserting rows given as `$1` (a JSON array of `AppealRow`); a row older than the stored
 * one (by version) leaves it alone, so a late or repeated batch cannot move an appeal back.
 */
export const UPSERT_APPEALS = `
  insert into appeals (${COLUMNS.map(([, column]) => column).join(', ')})
  select ${COLUMNS.map(([field]) => `"${field}"`).join(', ')}
    from jsonb_to_recordset($1::jsonb) as r(${COLUMNS.map(([field, , type]) => `"${field}" ${type}`).join(', ')})
  on conflict (appeal_id) do update set ${COLUMNS.filter(([, column]) => column !== 'appeal_id')
    .map(([, column]) => `${column} = excluded.${column}`)
    .join(', ')}
  where appeals.version < excluded.version`;

/** The `AppealRow` of a record selected with `appealSelectList` (the driver gives times as `Date`); other fields are left out. */
export function toAppealRow(record: Readonly<Record<string, unknown>>): AppealRow {
  const row: Record<string, unknown> = {};
  for (const [field, , type] of COLUMNS) {
    const value = record[field];
    row[field] = type === 'timestamptz' && value instanceof Date ? value.toISOString() : value;
  }
  return row as AppealRow;
}

/** `Date` → ISO 8601, for the other tables' times. */
export const isoTime = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value));
