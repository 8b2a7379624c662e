import { messagesFor } from '../i18n/catalogue';
import { safeLocale } from '../i18n/intl';
import { localeTag, textDirection } from '../i18n/localeTag';
import type { Messages } from '../i18n/messages';
import { DEFAULT_LOCALE } from '../react/hooks/useLocaleSettings';

export interface StaticLocale {
  /** The tag every formatter gets: language, calendar and digits. */
  tag: string;
  /** The plain language tag, for `lang`. */
  lang: string;
  dir: 'ltr' | 'rtl';
  messages: Messages;
}

/** Language, calendar, digits and direction of a static rendering, as the components resolve them; never throws. */
export function staticLocale(options: { locale?: string; calendar?: string; numberingSystem?: string }): StaticLocale {
  const lang = safeLocale(options.locale ?? DEFAULT_LOCALE);
  return {
    tag: localeTag({ locale: lang, calendar: options.calendar, numberingSystem: options.numberingSystem }),
    lang,
    dir: textDirection(lang),
    messages: messagesFor(lang),
  };
}
