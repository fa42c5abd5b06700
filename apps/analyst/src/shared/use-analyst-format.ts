import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type AnalyticsCell, periodLabel, type TimeGroupBy } from '../features/analytics/chart-rows';
import { formatCount, formatDay, formatDecimal, intlLocale } from '@app/ui/format/intl-format';
import { formatMean, formatPercent, formatRate, type MeanLike, type RateLike } from './figures';

type Named = Readonly<{ nameRu: string | null; nameEn: string | null }>;

/** The figures, dates and registry names of the analyst pages, in the page's language. */
export function useAnalystFormat() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const locale = intlLocale(language);
    const english = language === 'en';
    const name = (item: Named, fallback = ''): string => (english ? item.nameEn : item.nameRu) ?? item.nameRu ?? item.nameEn ?? fallback;
    return {
      locale,
      english,
      name,
      percent: (value: number) => formatPercent(value, locale),
      rate: (rate: RateLike) => formatRate(rate, locale),
      mean: (mean: MeanLike) => formatMean(mean, locale),
      decimal: (value: number, digits = 1) => formatDecimal(value, locale, digits),
      count: (value: number) => formatCount(value, locale),
      /** "23 ноября 2026 г." for a YYYY-MM-DD date. */
      date: (iso: string) => formatDay(iso, locale),
      period: (key: string, groupBy: TimeGroupBy, withYear = false) => periodLabel(key, groupBy, locale, withYear),
      /** A cell's label: the registry name of a category, territory or project, else its key. */
      cellName: (cell: AnalyticsCell) => name(cell, cell.key),
    };
  }, [language]);
}

export type AnalystFormat = ReturnType<typeof useAnalystFormat>;
