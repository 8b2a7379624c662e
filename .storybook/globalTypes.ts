import type { Preview } from '@storybook/react-vite';
import { THEME_NAMES, type ThemeName } from '../src/theme/presets/index';

type GlobalTypes = NonNullable<Preview['globalTypes']>;

/** A toolbar value meaning "leave it to the story": the decorator passes nothing, so the story's own args apply. */
export const STORY_DEFAULT = 'story';

export const LOCALES = ['en-GB', 'ar', 'fa-IR', 'he-IL', 'fr-FR', 'es-ES', 'de-DE'] as const;
export const THEMES = THEME_NAMES;

/** The toolbar's words for each preset. */
const THEME_TITLES: Record<ThemeName, string> = {
  light: 'Light',
  dark: 'Dark',
  auto: "Reader's preference (auto)",
  highContrast: 'High contrast',
  print: 'Print (on screen)',
  broadsheet: 'Broadsheet (serif)',
  wire: 'Wire (sans, dense)',
  digital: 'Digital (dark, bright)',
};
export const TIME_ZONES = ['UTC', 'Asia/Baghdad', 'Asia/Tehran', 'Asia/Jerusalem', 'America/New_York'] as const;

/** The globals a story can be rendered under; every one is a string, STORY_DEFAULT where the story decides. */
export interface FlashpointGlobals {
  locale: string;
  digits: string;
  calendar: string;
  dir: string;
  timeZone: string;
  timeDisplay: string;
  theme: string;
}

export const INITIAL_GLOBALS: FlashpointGlobals = {
  locale: STORY_DEFAULT,
  digits: 'auto',
  calendar: STORY_DEFAULT,
  dir: 'auto',
  timeZone: STORY_DEFAULT,
  timeDisplay: STORY_DEFAULT,
  theme: 'light',
};

/**
 * The Flashpoint toolbar: one menu per edition setting (newsroom research R-I2), read by `withLocaleGlobals`.
 * Each story keeps its own args until a menu leaves its default.
 */
export const GLOBAL_TYPES: GlobalTypes = {
  locale: {
    description:
      'Language of every word, date and number. Digits follow the edition unless "Digits" says otherwise: ' +
      'Persian (fa-IR) gets Persian digits (arabext), Arabic (ar) Arabic-Indic digits (arab) as Iraqi and Levantine ' +
      'papers print them, every other language Latin digits.',
    toolbar: {
      title: 'Language',
      icon: 'globe',
      items: [
        { value: STORY_DEFAULT, title: "Story's own" },
        { value: 'en-GB', title: 'English (en-GB)' },
        { value: 'ar', title: 'العربية (ar)', right: 'rtl' },
        { value: 'fa-IR', title: 'فارسی (fa-IR)', right: 'rtl' },
        { value: 'he-IL', title: 'עברית (he-IL)', right: 'rtl' },
        { value: 'fr-FR', title: 'Français (fr-FR)' },
        { value: 'es-ES', title: 'Español (es-ES)' },
        { value: 'de-DE', title: 'Deutsch (de-DE)' },
      ],
      dynamicTitle: true,
    },
  },
  digits: {
    description: 'Numbering system: "auto" is the edition\'s (arabext for fa-IR, arab for ar, latn otherwise).',
    toolbar: {
      title: 'Digits',
      icon: 'listordered',
      items: [
        { value: 'auto', title: "Edition's digits" },
        { value: 'latn', title: 'Latin 0123' },
        { value: 'arab', title: 'Arabic-Indic ٠١٢٣' },
        { value: 'arabext', title: 'Persian ۰۱۲۳' },
      ],
      dynamicTitle: true,
    },
  },
  calendar: {
    description: 'Calendar of every date; the story default is the Gregorian calendar.',
    toolbar: {
      title: 'Calendar',
      icon: 'calendar',
      items: [
        { value: STORY_DEFAULT, title: "Story's own" },
        { value: 'gregory', title: 'Gregorian' },
        { value: 'persian', title: 'Persian (Solar Hijri)' },
        { value: 'islamic-umalqura', title: 'Islamic (Umm al-Qura)' },
        { value: 'hebrew', title: 'Hebrew' },
      ],
      dynamicTitle: true,
    },
  },
  dir: {
    description: 'Text direction; "auto" follows the language (right-to-left for Arabic, Persian and Hebrew).',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      items: [
        { value: 'auto', title: 'From the language' },
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
      dynamicTitle: true,
    },
  },
  timeZone: {
    description: "Zone for events whose place names none, and the timeline's axis; default: the dataset's zone.",
    toolbar: {
      title: 'Time zone',
      icon: 'time',
      items: [
        { value: STORY_DEFAULT, title: "Dataset's / place's zone" },
        ...TIME_ZONES.map((zone) => ({ value: zone, title: zone })),
      ],
      dynamicTitle: true,
    },
  },
  timeDisplay: {
    description:
      "Which clock times are shown in: each event's place, the reader's zone, or UTC (always labelled). " +
      "Set here, it pins the components' own switch until set back to the story's own.",
    toolbar: {
      title: 'Times shown',
      icon: 'watch',
      items: [
        { value: STORY_DEFAULT, title: "Story's own" },
        { value: 'place', title: "The place's time" },
        { value: 'reader', title: "The reader's time" },
        { value: 'utc', title: 'UTC' },
      ],
      dynamicTitle: true,
    },
  },
  theme: {
    description:
      'Built-in preset, set as data-fp-theme on a wrapper (an ancestor theme applies to every component; ' +
      'a component given its own theme prop keeps it).',
    toolbar: {
      title: 'Theme',
      icon: 'contrast',
      items: THEME_NAMES.map((name) => ({ value: name, title: THEME_TITLES[name] })),
      dynamicTitle: true,
    },
  },
};
