import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatDay, formatDecimal, intlLocale } from './intl-format';

/** Dates and numbers in the page's language: "23 декабря 2026 г.", "23 December 2026". */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.resolvedLanguage ?? i18n.language);
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
    const dateTime = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    // A YYYY-MM month is a calendar month, not an instant: read and written in UTC.
    const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const monthShort = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    const firstDay = (yearMonth: string) => new Date(`${yearMonth}-01T00:00:00Z`);
    return {
      date: (iso: string | Date) => date.format(new Date(iso)),
      dateTime: (iso: string | Date) => dateTime.format(new Date(iso)),
      /** "1 ноября 2026 г." for the calendar date 2026-11-01, the same day in every time zone. */
      day: (yyyyMmDd: string) => formatDay(yyyyMmDd, locale),
      number: (value: number) => number.format(value),
      /** Exactly `digits` decimals: 84 → "84,0". */
      decimal: (value: number, digits = 1) => formatDecimal(value, locale, digits),
      /** A whole number with the page's grouping: 12345 → "12 345". */
      count: (value: number) => formatCount(value, locale),
      /** "ноябрь 2026 г." for 2026-11. */
      month: (yearMonth: string) => month.format(firstDay(yearMonth)),
      /** "нояб. 2026" for 2026-11, for axes. */
      monthShort: (yearMonth: string) => `${monthShort.format(firstDay(yearMonth))} ${yearMonth.slice(0, 4)}`,
    };
  }, [locale]);
}
