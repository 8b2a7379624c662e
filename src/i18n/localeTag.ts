import { safeLocale } from './intl';

/** How dates and numbers are written, beyond the language: always explicit, so server and browser agree. */
export interface LocaleOptions {
  /** BCP 47 tag, e.g. "en-GB", "ar-IQ", "fa-IR", "he-IL". */
  locale: string;
  /** Unicode calendar, e.g. "gregory" (default), "persian", "islamic-umalqura", "hebrew". */
  calendar?: string | undefined;
  /** Unicode numbering system, e.g. "latn" (default), "arab", "arabext" (Persian digits). */
  numberingSystem?: string | undefined;
}

const UNICODE_TYPE = /^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/;

/**
 * One locale tag carrying the calendar and numbering system as Unicode extensions ("fa-IR-u-ca-gregory-nu-arabext"),
 * so every Intl formatter that takes a locale gets them without another argument. Defaults are "gregory" and
 * "latn" unless the tag names its own (not the locale's implicit defaults, which differ between ICU versions: ar-SA changed calendar in 2024).
 * Values Intl does not accept fall back to the defaults; never throws.
 */
export function localeTag(options: LocaleOptions): string {
  const base = safeLocale(options.locale);
  try {
    // A calendar or numbering system written into the tag itself ("he-IL-u-ca-hebrew") counts as explicit.
    const own = new Intl.Locale(base);
    const calendar = pick(options.calendar, pick(own.calendar, 'gregory'));
    const numberingSystem = pick(options.numberingSystem, pick(own.numberingSystem, 'latn'));
    const tag = new Intl.Locale(base, { calendar, numberingSystem }).toString();
    return safeLocale(tag);
  } catch {
    return base;
  }
}

function pick(value: string | undefined, fallback: string): string {
  const lower = typeof value === 'string' ? value.toLowerCase() : '';
  return UNICODE_TYPE.test(lower) ? lower : fallback;
}

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'iw', 'ur', 'ps', 'sd', 'ckb', 'dv', 'yi', 'ug']);

/** The writing direction of a locale's language: "rtl" for Arabic, Persian, Hebrew, Urdu…; never throws. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  try {
    const language = new Intl.Locale(safeLocale(locale)).language;
    return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
