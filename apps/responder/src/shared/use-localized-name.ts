import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** The registry names everything in Russian and English; pick the page's language. */
export function useLocalizedName(): (item: Readonly<{ nameRu: string; nameEn: string }>) => string {
  const { i18n } = useTranslation();
  const english = (i18n.resolvedLanguage ?? i18n.language) === 'en';
  return useCallback((item) => (english ? item.nameEn : item.nameRu), [english]);
}
