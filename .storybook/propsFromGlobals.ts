import { textDirection } from '../src/i18n/localeTag';
import { isThemeName } from '../src/theme/presets/index';
import { STORY_DEFAULT, type FlashpointGlobals } from './globalTypes';

/** Props every Flashpoint component takes for its language and writing. */
export interface LocaleGlobalProps {
  locale?: string;
  numberingSystem?: string;
  calendar?: string;
  dir?: 'ltr' | 'rtl';
}

/** Props date-showing components take for their clock. */
export interface TimeGlobalProps {
  timeZone?: string;
  timeDisplay?: 'place' | 'reader' | 'utc';
}

/** Attributes of the story's wrapper: the theme for every component inside, and the page language and direction. */
export interface WrapperAttributes {
  'data-fp-theme': string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

const EDITION_DIGITS: Record<string, string> = { fa: 'arabext', ar: 'arab' };

/**
 * The digits an edition prints: Persian digits for Persian, Arabic-Indic for Arabic (as Iraqi and Levantine
 * papers do; Gulf and Maghreb editions print Latin digits, pick them in the Digits menu), Latin otherwise.
 */
export function editionDigits(locale: string): string {
  try {
    return EDITION_DIGITS[new Intl.Locale(locale).language] ?? 'latn';
  } catch {
    return 'latn';
  }
}

const isSet = (value: string | undefined): value is string => Boolean(value) && value !== STORY_DEFAULT;

function explicitDir(globals: Partial<FlashpointGlobals>): 'ltr' | 'rtl' | undefined {
  return globals.dir === 'ltr' || globals.dir === 'rtl' ? globals.dir : undefined;
}

/** Language props from the toolbar; a menu at its default adds nothing, so the story's own args stay. */
export function localeProps(globals: Partial<FlashpointGlobals>): LocaleGlobalProps {
  const props: LocaleGlobalProps = {};
  if (isSet(globals.locale)) props.locale = globals.locale;
  if (isSet(globals.digits) && globals.digits !== 'auto') props.numberingSystem = globals.digits;
  else if (props.locale) props.numberingSystem = editionDigits(props.locale);
  if (isSet(globals.calendar)) props.calendar = globals.calendar;
  const dir = explicitDir(globals);
  if (dir) props.dir = dir;
  return props;
}

/** Clock props from the toolbar, for components that show dates. */
export function timeProps(globals: Partial<FlashpointGlobals>): TimeGlobalProps {
  const props: TimeGlobalProps = {};
  if (isSet(globals.timeZone)) props.timeZone = globals.timeZone;
  const display = globals.timeDisplay;
  if (display === 'place' || display === 'reader' || display === 'utc') props.timeDisplay = display;
  return props;
}

/** The wrapper carries the theme always, and lang/dir once a menu asks, so stories without a Flashpoint root follow too. */
export function wrapperAttributes(globals: Partial<FlashpointGlobals>): WrapperAttributes {
  // A preset's name only: a stale value from an old URL falls back to light rather than to no theme at all.
  const attributes: WrapperAttributes = { 'data-fp-theme': isThemeName(globals.theme) ? globals.theme : 'light' };
  if (isSet(globals.locale)) attributes.lang = globals.locale;
  const dir = explicitDir(globals) ?? (isSet(globals.locale) ? textDirection(globals.locale) : undefined);
  if (dir) attributes.dir = dir;
  return attributes;
}
