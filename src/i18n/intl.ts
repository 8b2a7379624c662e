import { isTimeZone } from '../schema/timeZones';

/**
 * Cached, never-throwing access to Intl formatters. A bad locale tag or zone name (data that bypassed
 * the parser, a typo in a prop) falls back to a working one instead of throwing into the host page.
 */
export const FALLBACK_LOCALE = 'en-GB';
export const FALLBACK_TIME_ZONE = 'UTC';

const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** The locale tag if Intl accepts it, else the fallback. */
export function safeLocale(locale: unknown): string {
  if (typeof locale !== 'string' || locale === '') return FALLBACK_LOCALE;
  return cached(`locale:${locale}`, () => {
    try {
      return Intl.getCanonicalLocales(locale)[0] ?? FALLBACK_LOCALE;
    } catch {
      return FALLBACK_LOCALE;
    }
  });
}

/** The zone if Intl knows it, else undefined. */
export function knownTimeZone(zone: unknown): string | undefined {
  return typeof zone === 'string' && zone !== '' && isTimeZone(zone) ? zone : undefined;
}

/** The first zone in the list that Intl knows (the place's, then the list's, then the dataset's), else UTC. */
export function resolveTimeZone(...zones: unknown[]): string {
  for (const zone of zones) {
    const known = knownTimeZone(zone);
    if (known) return known;
  }
  return FALLBACK_TIME_ZONE;
}

/** The thin space around a range's dash and the narrow no-break space before AM/PM, as recent ICU writes them. */
const NARROW_SPACES = /[\u2009\u202f]/g;

/**
 * Date ranges with plain spaces, as browsers write them: Node's ICU puts thin and narrow spaces in `formatRange`
 * ("1 – 3 May", "1:00 – 3:00 PM") where Chromium's V8 writes plain ones, so server HTML would not match the
 * browser's first render and React would throw the hydrated tree away.
 */
class PlainSpacedDateTimeFormat extends Intl.DateTimeFormat {
  override formatRange(start: Date | number | bigint, end: Date | number | bigint): string {
    return super.formatRange(start, end).replace(NARROW_SPACES, ' ');
  }
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const tag = safeLocale(locale);
  return cached(`dtf:${tag}:${JSON.stringify(options)}`, () => new PlainSpacedDateTimeFormat(tag, options));
}

export function numberFormat(locale: string): Intl.NumberFormat {
  const tag = safeLocale(locale);
  return cached(`nf:${tag}`, () => new Intl.NumberFormat(tag));
}

/** "3 weeks", "أسبوعان": a count with its unit in words, the language's plural forms included. */
export function unitFormat(
  locale: string,
  unit: 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year',
): Intl.NumberFormat {
  const tag = safeLocale(locale);
  return cached(`uf:${tag}:${unit}`, () => new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' }));
}

export function listFormat(locale: string, type: 'conjunction' | 'unit'): Intl.ListFormat {
  const tag = safeLocale(locale);
  return cached(
    `lf:${tag}:${type}`,
    () => new Intl.ListFormat(tag, { type, style: type === 'unit' ? 'short' : 'long' }),
  );
}
