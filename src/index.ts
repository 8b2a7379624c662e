// `flashpoint`: the pure core. No React, no DOM: safe to import on a server, in a worker or a CLI.
export * from './schema/index';
export * from './layout/index';
export * from './state/index';
export * from './io/index';
// The words of every component, one catalogue per locale (picked by the `locale` prop; exported for hosts
// that translate their own chrome or start overrides from a locale).
export {
  messagesFor,
  filterMessagesFor,
  intensityMessagesFor,
  mapMessagesFor,
  catalogueFor,
  catalogues,
  enCatalogue,
  ar,
  fa,
  he,
  fr,
  es,
  de,
  type CatalogueLanguage,
  type LocaleCatalogue,
} from './i18n/index';
export type { Messages } from './i18n/messages';
export type { FilterMessages } from './i18n/filterMessages';
export type { IntensityMessages } from './i18n/intensityMessages';
export type { MapMessages, PluralMessage } from './i18n/mapMessages';
// Themes: presets, createTheme, themeToCss (for your own stylesheet), and the checks behind the accessibility statement.
export * from './theme/index';
