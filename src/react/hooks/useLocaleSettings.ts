import { useEffect, useMemo } from 'react';
import type { Theme } from '../../theme/themeTypes';
import { resolveTheme, themeKey, type ThemeProp } from './resolveTheme';
import { useTheme } from './themeContext';
import { useThemeStylesheet } from './useThemeStylesheet';
import { mergeMessages, type MessageOverrides, type Messages } from '../../i18n/messages';
import { messagesFor } from '../../i18n/catalogue';
import { localeTag, textDirection } from '../../i18n/localeTag';
import { safeLocale } from '../../i18n/intl';

export type { ThemeName } from '../../theme/presets/index';
export type { ThemeProp } from './resolveTheme';

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
  /**
   * A preset's name (`light`, `dark`, `auto`, `highContrast`, `print`, `broadsheet`, `wire`, `digital`), the name
   * of a theme in your own CSS (from `themeToCss`), or a theme object from `createTheme`. Set as
   * `data-fp-theme` on the root. Default: none, so a theme on an ancestor applies (else light).
   */
  theme?: ThemeProp;
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
  rootAttributes: { lang: string; dir: 'ltr' | 'rtl'; 'data-fp-theme'?: string };
  /** The theme object in force (the prop's, else the surrounding component's): shapes and geometry. Provide it to parts with ThemeContext. */
  theme: Theme;
}

export const DEFAULT_LOCALE = 'en-GB';

/** Problems already reported: a graphic re-rendering, remounting or repeated on the page warns once. */
const warned = new Set<string>();

function warnOnce(problem: string | undefined): void {
  if (!problem || warned.has(problem) || typeof console === 'undefined') return;
  warned.add(problem);
  console.warn(`Flashpoint: ${problem}`);
}

/** Resolves the locale props once per change; never throws on a bad tag (falls back to en-GB). */
export function useLocaleSettings(props: LocaleProps & { messages?: MessageOverrides | undefined }): LocaleSettings {
  const { locale = DEFAULT_LOCALE, calendar, numberingSystem, dir: dirProp, theme, messages: overrides } = props;
  const surrounding = useTheme();
  const key = themeKey(theme);
  // Keyed by contents, not identity (see themeKey): `theme` itself is left out of the dependencies on purpose.
  const resolved = useMemo(() => resolveTheme(theme), [key]);
  useThemeStylesheet(resolved.css);
  useEffect(() => warnOnce(resolved.problem), [resolved.problem]);
  return useMemo(() => {
    const lang = safeLocale(locale);
    const dir = dirProp === 'rtl' || dirProp === 'ltr' ? dirProp : textDirection(lang);
    const themeName = resolved.attribute;
    return {
      tag: localeTag({ locale: lang, calendar, numberingSystem }),
      lang,
      dir,
      messages: mergeMessages(messagesFor(lang), overrides),
      rootAttributes: themeName ? { lang, dir, 'data-fp-theme': themeName } : { lang, dir },
      theme: resolved.theme ?? surrounding,
    };
  }, [locale, calendar, numberingSystem, dirProp, resolved, surrounding, overrides]);
}
