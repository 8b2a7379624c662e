import { describe, expect, it } from 'vitest';
import {
  catalogueFor,
  catalogues,
  filterMessagesFor,
  intensityMessagesFor,
  mapMessagesFor,
  messagesFor,
} from '../../src/i18n/catalogue';
import type { LocaleCatalogue } from '../../src/i18n/locales/types';
import { formatPlural, type PluralMessage } from '../../src/i18n/mapMessages';

const LOCALES = ['ar', 'fa', 'he', 'fr', 'es', 'de'] as const;
type Locale = (typeof LOCALES)[number];
const english = catalogues.en;

const PLURAL_FORMS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPlural = (value: unknown): value is PluralMessage =>
  typeof value === 'object' &&
  value !== null &&
  'other' in value &&
  Object.keys(value).every((k) => PLURAL_FORMS.has(k));

/** Every text of a catalogue by its path ("messages.statusBy.claimed", "map.mapOutside.few"). */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [[path, `<not text: ${String(value)}>`]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

/** The same walk, but a plural message counts once, by its path. */
function templatePaths(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null || isPlural(value)) return [path];
  return Object.entries(value).flatMap(([key, child]) => templatePaths(child, path ? `${path}.${key}` : key));
}

function at(catalogue: LocaleCatalogue, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], catalogue);
}

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Plural forms that say their number in words ("حدثان", "שני אירועים"), so they may leave out `{count}`. */
const WORDED_FORMS: Partial<Record<Locale, string[]>> = { ar: ['zero', 'one', 'two'], he: ['one', 'two'] };

/**
 * Texts that may be the same as English: placeholder-only templates and words the languages share.
 * Everything else identical to English is taken for a text nobody translated.
 */
const SAME_AS_ENGLISH: Record<Locale | '*', string[]> = {
  '*': [
    'messages.dateTimeWithZone',
    'messages.dateRange',
    'messages.qualifier.exact',
    'messages.casualtyReport',
    'messages.issueWhole',
    'filter.optionCount',
    'intensity.summaryLine',
  ],
  ar: ['messages.casualtyGroup', 'messages.issueWhere', 'intensity.ownCountValue'],
  fa: ['messages.casualtyGroup', 'messages.issueWhere', 'intensity.ownCountValue'],
  he: [
    'messages.dateTime',
    'messages.markLabel',
    'messages.issueWhere',
    'messages.timeDisplayUtc',
    'intensity.countAtDate',
    'intensity.ownCountValue',
  ],
  fr: [
    'messages.zoneUtc',
    'messages.timeDisplayUtc',
    'messages.markLabel',
    'messages.sourcesHeading',
    'messages.mediaKindImage',
    'messages.mediaKindAudio',
    'messages.mediaKindFile',
    'intensity.countAtDate',
    'intensity.columnTotal',
  ],
  es: [
    'messages.dateTime',
    'messages.zoneUtc',
    'messages.timeDisplayUtc',
    'messages.markLabel',
    'messages.issueWhere',
    'messages.mediaKindAudio',
    'intensity.countAtDate',
    'intensity.ownCountValue',
    'intensity.columnTotal',
  ],
  de: [
    'messages.zoneUtc',
    'messages.timeDisplayUtc',
    'messages.markLabel',
    'messages.issueWhere',
    'intensity.countAtDate',
    'intensity.ownCountValue',
  ],
};

describe.each(LOCALES)('the %s catalogue', (locale) => {
  const catalogue = catalogues[locale];
  const texts = leaves(catalogue);
  const pluralCategories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  it('has every key English has and no other (plural messages: every CLDR category of the language)', () => {
    expect(templatePaths(catalogue)).toEqual(templatePaths(english));
    for (const path of templatePaths(english)) {
      if (!isPlural(at(english, path))) continue;
      const message = at(catalogue, path);
      expect(isPlural(message), path).toBe(true);
      expect(Object.keys(message as object).sort(), path).toEqual([...pluralCategories].sort());
    }
  });

  it('keeps the placeholders of each English template, no more and no fewer', () => {
    for (const path of templatePaths(english)) {
      const source = at(english, path);
      if (isPlural(source)) {
        const wanted = placeholders(source.other);
        for (const [form, text] of Object.entries(at(catalogue, path) as PluralMessage)) {
          const got = placeholders(text!);
          const worded = WORDED_FORMS[locale]?.includes(form) && !got.includes('count');
          expect(got, `${path}.${form}: ${text}`).toEqual(worded ? wanted.filter((name) => name !== 'count') : wanted);
        }
      } else {
        const text = at(catalogue, path) as string;
        expect(placeholders(text), `${path}: ${text}`).toEqual(placeholders(source as string));
      }
    }
  });

  it('has no empty text and nothing left in English', () => {
    const allowed = new Set([...SAME_AS_ENGLISH['*'], ...SAME_AS_ENGLISH[locale]]);
    for (const [path, text] of texts) {
      expect(text.trim(), path).not.toBe('');
      if (!allowed.has(path)) expect(text, `${path} is the English text`).not.toBe(at(english, path));
    }
  });

  it('keeps the five claim statuses apart, in every place they are named', () => {
    const groups = [
      catalogue.messages.status,
      catalogue.messages.statusBy,
      catalogue.messages.markFigures,
      catalogue.messages.legendFigures,
      catalogue.filter.status,
    ];
    for (const group of groups) expect(new Set(Object.values(group)).size).toBe(Object.keys(group).length);
  });

  it('fills a plural message for any count', () => {
    for (const count of [0, 1, 2, 3, 11, 100, 1_000_000]) {
      const text = formatPlural(catalogue.map.mapOutside, count, locale, { places: 'X' });
      expect(text).not.toMatch(/[{}]/);
      expect(text).toContain('X');
    }
  });
});

/** Key names and the like that stay in Latin letters inside right-to-left text. */
const LATIN_TOKENS = /UTC|Ctrl|Enter|Esc|Page Up|Page Down/g;
const withoutPlaceholders = (text: string) => text.replace(/\{\w+\}/g, '').replace(LATIN_TOKENS, '');

describe.each([
  ['ar', /[\u0600-\u06FF]/],
  ['fa', /[\u0600-\u06FF]/],
  ['he', /[\u0590-\u05FF]/],
] as const)('the %s catalogue, right to left', (locale, script) => {
  const texts = leaves(catalogues[locale]);

  it('is written in its own script, with no English left over', () => {
    for (const [path, text] of texts) {
      const words = withoutPlaceholders(text);
      expect(words, path).not.toMatch(/[A-Za-z]/);
      if (/\p{L}/u.test(words)) expect(words, path).toMatch(script);
    }
  });

  it('uses no arrows, whose direction would depend on the layout', () => {
    for (const [path, text] of texts) expect(text, path).not.toMatch(/[→←]/);
  });
});

describe('Arabic and Persian letters and punctuation', () => {
  it('Persian uses ی and ک, never the Arabic ي, ك or ة', () => {
    for (const [path, text] of leaves(catalogues.fa)) expect(text, path).not.toMatch(/[\u064A\u0643\u0629]/);
  });

  it('Arabic uses none of the Persian letters', () => {
    for (const [path, text] of leaves(catalogues.ar))
      expect(text, path).not.toMatch(/[\u06CC\u06A9\u067E\u0686\u0698\u06AF]/);
  });

  it('both use the Arabic comma, semicolon and question mark', () => {
    for (const locale of ['ar', 'fa'] as const) {
      for (const [path, text] of leaves(catalogues[locale])) expect(text, `${locale} ${path}`).not.toMatch(/[,;?]/);
    }
  });
});

describe('European typography', () => {
  it('French: a no-break space before : ; ! ? and inside « », and no typewriter apostrophe', () => {
    for (const [path, text] of leaves(catalogues.fr)) {
      expect(text, path).not.toMatch(/[^\u00A0\u202F][:;!?]/);
      expect(text, path).not.toMatch(/«[^\u00A0\u202F]|[^\u00A0\u202F]»/);
      expect(text, path).not.toMatch(/['"“”]/);
    }
  });

  it('German: „ “ quotes; Spanish: « »', () => {
    for (const [path, text] of leaves(catalogues.de)) {
      expect(text, path).not.toMatch(/["”«»]/);
      expect((text.match(/„/g) ?? []).length, path).toBe((text.match(/“/g) ?? []).length);
    }
    for (const [path, text] of leaves(catalogues.es)) expect(text, path).not.toMatch(/["“”„]/);
  });
});

describe('catalogueFor(locale) and friends', () => {
  it('pick the catalogue by the language subtag', () => {
    expect(messagesFor('ar-IQ')).toBe(catalogues.ar.messages);
    expect(messagesFor('fa-IR-u-nu-arabext')).toBe(catalogues.fa.messages);
    expect(messagesFor('he-IL-u-ca-hebrew')).toBe(catalogues.he.messages);
    expect(messagesFor('iw')).toBe(catalogues.he.messages);
    expect(filterMessagesFor('fr-CA')).toBe(catalogues.fr.filter);
    expect(intensityMessagesFor('es-419')).toBe(catalogues.es.intensity);
    expect(mapMessagesFor('de-AT')).toBe(catalogues.de.map);
    expect(catalogueFor('AR')).toBe(catalogues.ar);
  });

  it('fall back to English for a language without a catalogue', () => {
    expect(messagesFor('xx')).toBe(catalogues.en.messages);
    expect(messagesFor('tr-TR')).toBe(catalogues.en.messages);
    expect(catalogueFor('en-US')).toBe(catalogues.en);
  });

  it('never throw on a bad tag', () => {
    for (const bad of ['', 'not a tag!!', '123', 'ar_IQ_', '-', undefined, null, 42] as unknown as string[]) {
      expect(() => catalogueFor(bad)).not.toThrow();
      expect(messagesFor(bad)).toBe(catalogues.en.messages);
    }
  });

  it('has a catalogue for at least the seven languages of the brief', () => {
    expect(Object.keys(catalogues)).toEqual(expect.arrayContaining(['en', 'ar', 'fa', 'he', 'fr', 'es', 'de']));
  });
});

describe('LocaleCatalogue', () => {
  it('is complete, not partial: a catalogue missing one message fails the type check', () => {
    const { keyboardHelp: _missing, ...incomplete } = catalogues.ar.messages;
    // @ts-expect-error -- `npx tsc --noEmit` fails here if LocaleCatalogue ever accepts a missing key
    const broken: LocaleCatalogue = { ...catalogues.ar, messages: incomplete };
    const { other: _other, ...noOther } = catalogues.ar.map.mapOutside;
    // @ts-expect-error -- a plural message needs its `other` form
    const brokenPlural: LocaleCatalogue = { ...catalogues.ar, map: { ...catalogues.ar.map, mapOutside: noOther } };
    expect(broken.messages).not.toHaveProperty('keyboardHelp');
    expect(brokenPlural.map.mapOutside).not.toHaveProperty('other');
  });
});
