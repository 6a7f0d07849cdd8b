import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { MESSAGES, type Language, type MessageKey } from './messages';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
  /** Numbers as people read them in the chosen language (1.234.567 or 1,234,567). */
  formatNumber(value: number): string;
}

const LANGUAGE_KEY = 'coordination.language';
const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

export function I18nProvider({ children }: { children: ComponentChildren }) {
  const [language, setLanguage] = useState<Language>(() => (localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'es'));
  useEffect(() => {
    localStorage.setItem(LANGUAGE_KEY, language);
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<I18n>(() => {
    const numbers = new Intl.NumberFormat(language === 'es' ? 'es-PE' : 'en-GB');
    return {
      language,
      setLanguage,
      t: (key, values = {}) =>
        MESSAGES[key][language].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole)),
      formatNumber: (number) => numbers.format(number),
    };
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
