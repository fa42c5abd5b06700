import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/i18n';

/** RU | EN; the choice is saved in this browser (see createI18n). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('ui');
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('layout.language')}
      value={i18n.resolvedLanguage ?? i18n.language}
      onChange={(language) => void i18n.changeLanguage(language)}
      data={LANGUAGES.map((language) => ({ value: language, label: t(`layout.languages.${language}`) }))}
    />
  );
}
