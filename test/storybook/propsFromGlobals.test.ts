import { describe, expect, it } from 'vitest';
import { INITIAL_GLOBALS, STORY_DEFAULT } from '../../.storybook/globalTypes';
import { editionDigits, localeProps, timeProps, wrapperAttributes } from '../../.storybook/propsFromGlobals';

describe('Storybook toolbar globals → component props', () => {
  it('adds nothing at the initial globals, so every story keeps its own args', () => {
    expect(localeProps(INITIAL_GLOBALS)).toEqual({});
    expect(timeProps(INITIAL_GLOBALS)).toEqual({});
    expect(wrapperAttributes(INITIAL_GLOBALS)).toEqual({ 'data-fp-theme': 'light' });
  });

  it('editionDigits(locale) gives Persian digits to Persian, Arabic-Indic to Arabic, Latin to the rest', () => {
    expect(editionDigits('fa-IR')).toBe('arabext');
    expect(editionDigits('ar')).toBe('arab');
    expect(editionDigits('he-IL')).toBe('latn');
    expect(editionDigits('de-DE')).toBe('latn');
    expect(editionDigits('not a locale')).toBe('latn');
  });

  it("picks the edition's digits with the language unless the Digits menu names others", () => {
    expect(localeProps({ ...INITIAL_GLOBALS, locale: 'fa-IR' })).toEqual({
      locale: 'fa-IR',
      numberingSystem: 'arabext',
    });
    expect(localeProps({ ...INITIAL_GLOBALS, locale: 'ar', digits: 'latn' })).toEqual({
      locale: 'ar',
      numberingSystem: 'latn',
    });
    // Digits alone apply to the story's own language.
    expect(localeProps({ ...INITIAL_GLOBALS, digits: 'arabext' })).toEqual({ numberingSystem: 'arabext' });
  });

  it('passes calendar and an explicit direction; "auto" direction passes none (the component follows its locale)', () => {
    expect(localeProps({ ...INITIAL_GLOBALS, calendar: 'persian', dir: 'rtl' })).toEqual({
      calendar: 'persian',
      dir: 'rtl',
    });
    expect(localeProps({ ...INITIAL_GLOBALS, locale: 'he-IL', dir: 'auto' })).not.toHaveProperty('dir');
  });

  it('passes the time zone and the time display once chosen', () => {
    expect(timeProps({ ...INITIAL_GLOBALS, timeZone: 'Asia/Tehran', timeDisplay: 'utc' })).toEqual({
      timeZone: 'Asia/Tehran',
      timeDisplay: 'utc',
    });
    expect(timeProps({ ...INITIAL_GLOBALS, timeZone: STORY_DEFAULT, timeDisplay: 'sideways' })).toEqual({});
  });

  it("sets the wrapper's theme, language and direction (from the language, or as chosen)", () => {
    expect(wrapperAttributes({ ...INITIAL_GLOBALS, theme: 'dark', locale: 'he-IL' })).toEqual({
      'data-fp-theme': 'dark',
      lang: 'he-IL',
      dir: 'rtl',
    });
    expect(wrapperAttributes({ ...INITIAL_GLOBALS, locale: 'ar', dir: 'ltr' })).toMatchObject({ dir: 'ltr' });
    expect(wrapperAttributes({ ...INITIAL_GLOBALS, dir: 'rtl' })).toEqual({ 'data-fp-theme': 'light', dir: 'rtl' });
  });
});
