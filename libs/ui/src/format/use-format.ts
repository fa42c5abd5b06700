import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const LOCALES: Readonly<Record<string, string>> = { ru: 'ru-RU', en: 'en-GB' };

/** Dates and numbers in the page's language: "23 декабря 2026 г.", "23 December 2026". */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = LOCALES[i18n.resolvedLanguage ?? i18n.language] ?? 'ru-RU';
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
    const dateTime = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    return {
      date: (iso: string | Date) => date.format(new Date(iso)),
      dateTime: (iso: string | Date) => dateTime.format(new Date(iso)),
      number: (value: number) => number.format(value),
    };
  }, [locale]);
}
