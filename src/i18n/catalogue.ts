import type { Messages } from './messages';
import type { FilterMessages } from './filterMessages';
import type { IntensityMessages } from './intensityMessages';
import type { MapMessages } from './mapMessages';
import { safeLocale } from './intl';
import type { LocaleCatalogue } from './locales/types';
import { enCatalogue } from './locales/en';
import { ar } from './locales/ar';
import { fa } from './locales/fa';
import { he } from './locales/he';
import { fr } from './locales/fr';
import { es } from './locales/es';
import { de } from './locales/de';

/** The built-in catalogues, by language subtag. */
export const catalogues = { en: enCatalogue, ar, fa, he, fr, es, de } as const satisfies Record<
  string,
  LocaleCatalogue
>;

export type CatalogueLanguage = keyof typeof catalogues;

function isCatalogueLanguage(language: string): language is CatalogueLanguage {
  return Object.prototype.hasOwnProperty.call(catalogues, language);
}

/**
 * The catalogue for a locale, by its language ("ar-IQ" → ar, "he-IL-u-ca-hebrew" → he); English when there
 * is none or the tag is not one Intl accepts. Never throws.
 */
export function catalogueFor(locale: string): LocaleCatalogue {
  try {
    // Intl.Locale canonicalises the language too: the legacy "iw" is Hebrew.
    const language = new Intl.Locale(safeLocale(locale)).language;
    return isCatalogueLanguage(language) ? catalogues[language] : enCatalogue;
  } catch {
    return enCatalogue;
  }
}

/** The shared messages for a locale (see catalogueFor). */
export function messagesFor(locale: string): Messages {
  return catalogueFor(locale).messages;
}

/** The filter bar's words for a locale (see catalogueFor). */
export function filterMessagesFor(locale: string): FilterMessages {
  return catalogueFor(locale).filter;
}

/** The IntensityChart's words for a locale (see catalogueFor). */
export function intensityMessagesFor(locale: string): IntensityMessages {
  return catalogueFor(locale).intensity;
}

/** The map inset's words for a locale (see catalogueFor). */
export function mapMessagesFor(locale: string): MapMessages {
  return catalogueFor(locale).map;
}
