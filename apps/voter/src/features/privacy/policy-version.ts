/**
 * The personal data policy's version as the pages write it: the API names a version by the date it took
 * effect ("2026-11-01"), shown as that date in the page's language; any other version is shown as it is.
 */
export function policyVersionText(version: string, day: (yyyyMmDd: string) => string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(version) ? new Date(`${version}T00:00:00Z`) : null;
  // A day that does not exist ("2026-02-30") would be read as another one: shown as written instead.
  return date && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(version) ? day(version) : version;
}
