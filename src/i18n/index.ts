export { en, mergeMessages, type Messages, type MessageOverrides, type FigureQualifier } from './messages';
export { interpolate, templateParts, type TemplatePart } from './interpolate';
export { formatEventDate, formatDateValue, type FormatDateOptions, type EventDateLike } from './formatEventDate';
export { formatZoneName, formatZoneOffset, cityOfTimeZone, type FormatZoneNameOptions } from './formatZoneName';
export { formatFigure, isZeroFigure, type FormatFigureOptions } from './formatFigure';
export {
  describeCasualtyReport,
  casualtyReportParts,
  type CasualtyReportParts,
  type DescribeCasualtyOptions,
} from './describeCasualtyReport';
export { safeLocale, resolveTimeZone, knownTimeZone, listFormat, FALLBACK_LOCALE, FALLBACK_TIME_ZONE } from './intl';
export { formatAxisTicks, type FormatAxisTicksOptions } from './formatAxisTicks';
export { describeFigureSpread } from './describeFigureSpread';
export {
  messagesFor,
  filterMessagesFor,
  intensityMessagesFor,
  mapMessagesFor,
  catalogueFor,
  catalogues,
  type CatalogueLanguage,
} from './catalogue';
export type { LocaleCatalogue } from './locales/types';
export { enCatalogue } from './locales/en';
export { ar } from './locales/ar';
export { fa } from './locales/fa';
export { he } from './locales/he';
export { fr } from './locales/fr';
export { es } from './locales/es';
export { de } from './locales/de';
export { formatDuration, formatGapLater } from './formatDuration';
