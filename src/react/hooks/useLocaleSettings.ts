import { useMemo } from 'react';
import { mergeMessages, type MessageOverrides, type Messages } from '../../i18n/messages';
import { messagesFor } from '../../i18n/catalogue';
import { localeTag, textDirection } from '../../i18n/localeTag';
import { safeLocale } from '../../i18n/intl';

/** The built-in looks; `auto` follows the reader's `prefers-color-scheme`. */
export type ThemeName = 'light' | 'dark' | 'auto' | 'highContrast';

/** Language and writing props shared by every component. */
export interface LocaleProps {
  /** BCP 47 locale for every word, date and number; explicit so server and browser agree. Default "en-GB". */
  locale?: string;
  /** Calendar of dates ("gregory" default, "persian", "islamic-umalqura", "hebrew"…). */
  calendar?: string;
  /** Digits ("latn" default, "arab", "arabext" for Persian digits…). */
  numberingSystem?: string;
  /** Text direction; default from the locale (rtl for Arabic, Persian, Hebrew). */
  dir?: 'ltr' | 'rtl';
  /** A built-in theme, set as `data-fp-theme` on the root. Default: none set, so a theme on an ancestor applies (else light). */
  theme?: ThemeName;
}

export interface LocaleSettings {
  /** The tag to pass to every formatter: locale with its calendar and digits ("fa-IR-u-ca-gregory-nu-arabext"). */
  tag: string;
  /** The plain language tag for the `lang` attribute ("fa-IR"). */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The locale's catalogue with the caller's overrides applied. */
  messages: Messages;
  /** Attributes every component root carries: lang, dir and the theme. */
  rootAttributes: { lang: string; dir: 'ltr' | 'rtl'; 'data-fp-theme'?: ThemeName };
}

const THEMES: readonly ThemeName[] = ['light', 'dark', 'auto', 'highContrast'];

export const DEFAULT_LOCALE = 'en-GB';

/** Resolves the locale props once per change; never throws on a bad tag (falls back to en-GB). */
export function useLocaleSettings(props: LocaleProps & { messages?: MessageOverrides | undefined }): LocaleSettings {
  const { locale = DEFAULT_LOCALE, calendar, numberingSystem, dir: dirProp, theme, messages: overrides } = props;
  return useMemo(() => {
    const lang = safeLocale(locale);
    const dir = dirProp === 'rtl' || dirProp === 'ltr' ? dirProp : textDirection(lang);
    const themeName = theme && THEMES.includes(theme) ? theme : undefined;
    return {
      tag: localeTag({ locale: lang, calendar, numberingSystem }),
      lang,
      dir,
      messages: mergeMessages(messagesFor(lang), overrides),
      rootAttributes: themeName ? { lang, dir, 'data-fp-theme': themeName } : { lang, dir },
    };
  }, [locale, calendar, numberingSystem, dirProp, theme, overrides]);
}
