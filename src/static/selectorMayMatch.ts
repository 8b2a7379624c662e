import { splitTopLevel } from './parseCss';

/** What a piece of markup holds, as far as selectors care: its class names, element names and data attributes. */
export interface MarkupFacts {
  classes: ReadonlySet<string>;
  tags: ReadonlySet<string>;
  /** Every `data-*` attribute with its value, as `name=value` (`data-state=selected`, `data-fp-theme=dark`). */
  dataAttributes: ReadonlySet<string>;
}

/** Pseudo-classes whose arguments are alternatives: one that may match is enough. */
const ALTERNATIVES = new Set(['is', 'where', 'matches', '-webkit-any']);

/** Index of the `)` that closes the `(` at `open`. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return text.length;
}

/**
 * Whether `selector` could match an element of markup described by `facts`. It errs towards yes: only a class,
 * an element name or a `data-*` attribute value (`[data-state='selected']`) the markup lacks rules a selector out; `:is()`/`:where()` need one
 * alternative that may match; `:not()`, `:has()` and the like are ignored.
 */
export function selectorMayMatch(selector: string, facts: MarkupFacts): boolean {
  let rest = '';
  for (let i = 0; i < selector.length; i++) {
    const functional = /^:([-\w]+)\(/.exec(selector.slice(i));
    if (!functional) {
      rest += selector[i];
      continue;
    }
    const open = i + functional[0].length - 1;
    const close = closingParen(selector, open);
    if (ALTERNATIVES.has(functional[1]!.toLowerCase())) {
      const inner = splitTopLevel(selector.slice(open + 1, close), ',');
      if (!inner.some((alternative) => selectorMayMatch(alternative, facts))) return false;
    }
    // A stand-in that keeps the compound's shape (`a:is(.b)` stays one compound).
    rest += ':x';
    i = close;
  }
  for (const [, name, single, double, bare] of rest.matchAll(
    /\[(data-[-\w]+)\s*=\s*(?:'([^']*)'|"([^"]*)"|([-\w]+))\s*\]/g,
  )) {
    const value = (single ?? double ?? bare)!;
    // A value with CSS escapes in it is not compared (it may well match).
    if (!value.includes('\\') && !facts.dataAttributes.has(`${name}=${value}`)) return false;
  }
  const plain = rest.replace(/\[[^\]]*\]/g, '[x]');
  for (const [, name] of plain.matchAll(/\.([-\w]+)/g)) if (!facts.classes.has(name!)) return false;
  // Element names start a compound: at the start or after a combinator or space.
  for (const [, name] of plain.matchAll(/(?:^|[\s>+~])([a-zA-Z][-\w]*)/g)) {
    if (!facts.tags.has(name!.toLowerCase())) return false;
  }
  return true;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An attribute value as written by React or escapeAttribute, decoded. */
function decodeAttribute(value: string): string {
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (entity, hex?: string, decimal?: string, name?: string) =>
    hex
      ? String.fromCodePoint(parseInt(hex, 16))
      : decimal
        ? String.fromCodePoint(Number(decimal))
        : (ENTITIES[name!] ?? entity),
  );
}

/** Class names, element names and data attributes in rendered markup (HTML or SVG), read from the string. */
export function markupFacts(markup: string): MarkupFacts {
  const classes = new Set<string>();
  const tags = new Set<string>();
  const dataAttributes = new Set<string>();
  for (const [, name] of markup.matchAll(/<([a-zA-Z][-\w:]*)/g)) tags.add(name!.toLowerCase());
  for (const [, value] of markup.matchAll(/\sclass="([^"]*)"/g)) {
    for (const name of value!.split(/\s+/)) if (name) classes.add(name);
  }
  for (const [, name, value] of markup.matchAll(/\s(data-[-\w]+)="([^"]*)"/g)) {
    dataAttributes.add(`${name}=${decodeAttribute(value!)}`);
  }
  return { classes, tags, dataAttributes };
}
