import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Named } from './registry';

/** The registry names everything in Russian and English; pick the page's language. */
export function useLocalizedName(): (item: Named) => string {
  const { i18n } = useTranslation();
  const english = (i18n.resolvedLanguage ?? i18n.language) === 'en';
  return useCallback((item) => (english ? item.nameEn : item.nameRu), [english]);
}
