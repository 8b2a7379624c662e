import type { TimeDisplay } from '../i18n/displayZone';
import type { Theme, ThemePair } from '../theme/themeTypes';

/**
 * What an embed takes: from `Flashpoint.mount(element, options)`, from `data-*` attributes on a placeholder,
 * from `<flashpoint-timeline>` attributes, or from the iframe child's query string. Everything is optional but
 * `data` or `src`.
 */
export interface EmbedOptions {
  /** The dataset as parsed JSON; checked leniently (what is valid renders, the rest is listed). */
  data?: unknown;
  /** URL of the dataset's JSON, fetched when `data` is not given (http or https only). */
  src?: string;
  /**
   * Origins besides the page's own that `src` may be fetched from (`['https://data.example.org']`); any other is
   * refused before fetching. Not settable from attributes or the iframe's query (whoever writes those also writes
   * `src`): the page sets it through mount, `element.options`, or `<meta name="flashpoint-allowed-origins">`.
   */
  allowedOrigins?: readonly string[];
  /** A preset's name, a name from your CSS (themeToCss), or a theme object. */
  theme?: string | Theme | ThemePair;
  locale?: string;
  timeZone?: string;
  timeDisplay?: TimeDisplay;
  calendar?: string;
  numberingSystem?: string;
  dir?: 'ltr' | 'rtl';
  axisDirection?: 'ltr' | 'rtl';
  showFilters?: boolean;
  showIntensity?: boolean;
  showMap?: boolean;
  showLegend?: boolean;
  showCredits?: boolean;
  /** List what lenient parsing left out or changed under the graphic (DatasetIssues). Default true. */
  showIssues?: boolean;
  /** Keep the selected event in the page's `#hash` (deep links). */
  syncHash?: boolean;
  /** The event selected at first (a deep link). */
  selectedId?: string;
  /**
   * A live story: events newer than this instant (ISO 8601 date-time, or epoch ms) are marked "New" and announced
   * once (see the Timeline's `highlightSince`; "newer" reads each event's `addedAt`, else its start).
   */
  highlightSince?: string | number;
  headingLevel?: number;
  /** Called when the dataset cannot be fetched or read; the placeholder shows a readable message as well. */
  onError?: (error: EmbedError) => void;
}

export interface EmbedError {
  kind: 'fetch' | 'parse' | 'render';
  /** A sentence for the reader of the page. */
  message: string;
  /** The underlying error, for the console. */
  cause?: unknown;
}

export interface EmbedHandle {
  /** Re-renders with these options merged over the current ones (a new `src` is fetched). */
  update(options: Partial<EmbedOptions>): void;
  /** Unmounts and removes every listener, observer, timer and stylesheet it added. Safe to call twice. */
  destroy(): void;
}

const BOOLEAN_OPTIONS = [
  'showFilters',
  'showIntensity',
  'showMap',
  'showLegend',
  'showCredits',
  'showIssues',
  'syncHash',
] as const;
const STRING_OPTIONS = [
  'src',
  'theme',
  'locale',
  'timeZone',
  'calendar',
  'numberingSystem',
  'selectedId',
  'highlightSince',
] as const;

/** `timeZone` → `time-zone` (the attribute and query spelling). */
export function optionAttributeName(option: string): string {
  return option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Every option an attribute (or query parameter) can set. */
export const ATTRIBUTE_OPTIONS: readonly (keyof EmbedOptions)[] = [
  ...STRING_OPTIONS,
  ...BOOLEAN_OPTIONS,
  'timeDisplay',
  'dir',
  'axisDirection',
  'headingLevel',
];

/** The same in attribute spelling (`<flashpoint-timeline>` observes these). */
export const OPTION_ATTRIBUTES: readonly string[] = ATTRIBUTE_OPTIONS.map(optionAttributeName);

/** An attribute's yes or no: present means yes, unless it says false, 0, no or off. Absent is undefined. */
export function readBoolean(value: string | null): boolean | undefined {
  if (value === null) return undefined;
  return !['false', '0', 'no', 'off'].includes(value.trim().toLowerCase());
}

/**
 * Options from a lookup by kebab-case name (`get('time-zone')`): `data-*` attributes, element attributes and
 * query parameters all go through here, so the three spell every option the same way. Unknown or malformed
 * values are left out (the defaults apply); nothing here throws.
 */
export function optionsFromLookup(get: (name: string) => string | null): EmbedOptions {
  const options: EmbedOptions = {};
  for (const key of STRING_OPTIONS) {
    const value = get(optionAttributeName(key));
    if (value !== null && value.trim() !== '') options[key] = value.trim();
  }
  for (const key of BOOLEAN_OPTIONS) {
    const value = readBoolean(get(optionAttributeName(key)));
    if (value !== undefined) options[key] = value;
  }
  const display = get('time-display');
  if (display === 'place' || display === 'reader' || display === 'utc') options.timeDisplay = display;
  const dir = get('dir');
  if (dir === 'ltr' || dir === 'rtl') options.dir = dir;
  const axis = get('axis-direction');
  if (axis === 'ltr' || axis === 'rtl') options.axisDirection = axis;
  const level = Number(get('heading-level'));
  if (Number.isInteger(level) && level >= 1 && level <= 6) options.headingLevel = level;
  return options;
}

/** Options from `data-*` attributes: `<div data-flashpoint data-src="…" data-theme="dark" data-time-zone="…">`. */
export function optionsFromDataset(element: HTMLElement): EmbedOptions {
  return optionsFromLookup((name) => element.getAttribute(`data-${name}`));
}

/** Options from a query string: `frame.html?src=…&theme=…&locale=…`. */
export function optionsFromQuery(search: string | URLSearchParams): EmbedOptions {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return optionsFromLookup((name) => params.get(name));
}
