import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import uiEn from './locales/en.json';
import uiRu from './locales/ru.json';

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Russian first: the platform's users are Russian voters and deputies. */
export const DEFAULT_LANGUAGE: Language = 'ru';
const STORAGE_KEY = 'appeals.language';

export type AppResources = Readonly<Record<Language, Readonly<Record<string, unknown>>>>;

const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value);

/** The language chosen earlier in this browser (the switcher saves it), else Russian. */
export function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE; // storage may be disabled
  }
}

/**
 * i18next for one app: its own texts in the default namespace `app`, the shared ones of libs/ui in `ui`
 * (looked up when `app` lacks a key). The language is saved on change and set on <html lang>.
 */
export async function createI18n(app: AppResources): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: ['app', 'ui'],
    defaultNS: 'app',
    fallbackNS: 'ui',
    resources: { ru: { ui: uiRu, app: app.ru }, en: { ui: uiEn, app: app.en } },
    interpolation: { escapeValue: false }, // React escapes
  });
  const apply = (language: string): void => {
    document.documentElement.lang = language;
    try {
      window.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // not saved: the choice lasts for this page only
    }
  };
  apply(instance.language);
  instance.on('languageChanged', apply);
  return instance;
}
