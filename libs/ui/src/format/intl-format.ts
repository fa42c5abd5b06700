/**
 * Numbers and calendar dates in a page's language, as plain functions of an Intl locale: `useFormat` (all
 * apps) and the analyst's figures both write with these, so unit-tested once here.
 */

/** "ru" or "en" to the Intl locale the pages use; Russian for anything else. */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'ru-RU';
}

/** Exactly `digits` decimals: 4.08 → "4,1" (ru), "4.1" (en). */
export function formatDecimal(value: number, locale: string, digits = 1): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A whole number with the page's grouping: 12345 → "12 345" (ru), "12,345" (en). */
export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A YYYY-MM-DD calendar date (not an instant, so the same day in every time zone): "1 ноября 2026 г.", "1 November 2026". */
export function formatDay(yyyyMmDd: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${yyyyMmDd}T00:00:00Z`),
  );
}
