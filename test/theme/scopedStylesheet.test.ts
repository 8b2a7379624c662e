import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import postcss, { type AtRule, type Container, type Node } from 'postcss';
import { describe, expect, it } from 'vitest';
import { STYLES_PATH } from './stylesheet';

/*
 * Isolation (issue 7): the shipped stylesheet touches nothing of the host page and takes nothing from it.
 *
 * Which file: `flashpoint/styles.css` is dist/styles.css, built by scripts/build-assets.mjs (a plain
 * copyFileSync of src/theme/styles.css; scripts/check-package.mjs asserts after the build that the two are
 * byte-identical). The checks parse the built file whenever there is one, since that is what a page loads,
 * and always the source too: `npm test` runs Vitest before the build, so dist/ may be missing or from an
 * earlier source, and a stale build must not hide an offence just written.
 */

const BUILD_ASSETS = resolve(__dirname, '../../scripts/build-assets.mjs');
const BUILT_STYLES = resolve(__dirname, '../../dist/styles.css');

/** Where `!important` is right, and why: each entry is `selector { property }`. */
const IMPORTANT_ALLOWED: { entry: string; why: string }[] = [
  {
    entry: '.fp-intensity .fp-intensity__brush[data-full] .fp-intensity__window { pointer-events }',
    why: '@visx/brush sets pointer-events in an inline style on its selection rect; only !important beats it',
  },
];

/** Media blocks where `!important` may override a theme: the reader's or the printer's needs come first. */
const IMPORTANT_MEDIA = /forced-colors|print|prefers-reduced-motion/;

/** At-rules a scoped stylesheet may use. @font-face, @import, @namespace, @page… reach the whole page. */
const ALLOWED_AT_RULES = new Set(['media', 'supports', 'layer', 'container', 'keyframes']);

/** Elements that are the page itself: never in a selector, not even under a Flashpoint root. */
const PAGE_SELECTOR = /(?:^|[\s>+~(,])(?:html|body)(?![\w-])|:(?:root|host)(?![\w-])/i;

/** A selector's compound parts and the combinators between them (" ", ">", "+", "~"), outside brackets. */
function splitCompounds(selector: string): { compounds: string[]; combinators: string[] } {
  const compounds: string[] = [];
  const combinators: string[] = [];
  let depth = 0;
  let current = '';
  let pending: string | null = null;
  for (const char of selector) {
    if (char === '(' || char === '[') depth++;
    if (char === ')' || char === ']') depth--;
    if (depth === 0 && /[\s>+~]/.test(char)) {
      if (current) {
        compounds.push(current);
        current = '';
        pending = ' ';
      }
      if (char !== ' ' && char !== '\n' && char !== '\t') pending = char;
      continue;
    }
    if (pending !== null && compounds.length > 0 && current === '') {
      combinators.push(pending);
      pending = null;
    }
    current += char;
  }
  if (current) compounds.push(current);
  return { compounds, combinators };
}

/** Splits a selector list on its top-level commas. */
function splitList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if (char === '(' || char === '[') depth++;
    if (char === ')' || char === ']') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts.filter(Boolean);
}

/** The arguments of each top-level `:name(…)` in a compound. */
function pseudoArguments(compound: string, names: RegExp): string[] {
  const found: string[] = [];
  const opener = new RegExp(`:(?:${names.source})\\(`, 'gi');
  for (let match = opener.exec(compound); match; match = opener.exec(compound)) {
    let depth = 1;
    let end = match.index + match[0].length;
    for (; end < compound.length && depth > 0; end++) {
      if (compound[end] === '(') depth++;
      if (compound[end] === ')') depth--;
    }
    found.push(compound.slice(match.index + match[0].length, end - 1));
    opener.lastIndex = end;
  }
  return found;
}

/** A compound that matches only a Flashpoint element: an fp- class, a data-fp… attribute, or :is/:where of such. */
function isScoped(compound: string): boolean {
  const outside = compound.replace(/\((?:[^()]|\([^()]*\))*\)/g, '()');
  if (/\.fp-[\w-]/.test(outside) || /\[data-fp[\w-]*(?:[~|^$*]?=|\])/i.test(outside)) return true;
  return pseudoArguments(compound, /is|where/).some((args) =>
    splitList(args).every((alternative) => isScopedSelector(alternative)),
  );
}

/** A complex selector whose first compound is scoped. */
function isScopedSelector(selector: string): boolean {
  const first = splitCompounds(selector).compounds[0];
  return first !== undefined && isScoped(first);
}

/** What is wrong with one complex selector (empty when nothing is). */
export function selectorProblems(selector: string): string[] {
  const problems: string[] = [];
  const bare = selector.replace(/(['"]).*?\1/g, "''");
  const { compounds, combinators } = splitCompounds(bare);
  const [first, ...rest] = compounds;
  if (first === undefined) return ['empty selector'];
  if (PAGE_SELECTOR.test(bare)) problems.push('names the page itself (html, body, :root, :host)');
  if (!isScoped(first)) {
    const element = /^(?:[a-z][\w-]*|\*)/i.exec(first);
    problems.push(
      element ? `starts with a bare element (${element[0]})` : 'first compound has no .fp- class or data-fp attribute',
    );
  }
  // The subject must sit at or inside a Flashpoint element: `.fp-x + button` styles the host's button.
  let insideRoot = false;
  let selfScoped = isScoped(first);
  rest.forEach((compound, i) => {
    if (combinators[i] === ' ' || combinators[i] === '>') insideRoot ||= selfScoped;
    selfScoped = isScoped(compound);
  });
  if (rest.length > 0 && !insideRoot && !selfScoped) problems.push('its subject can be outside the root');
  const withoutAttributes = bare.replace(/\[[^\]]*\]/g, '[]');
  for (const [, name = ''] of withoutAttributes.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g))
    if (!name.startsWith('fp-')) problems.push(`class .${name} has no fp- prefix`);
  return problems;
}

export interface Offence {
  line: number;
  what: string;
}

const lineOf = (node: Node) => node.source?.start?.line ?? 0;

function mediaOf(node: Node): string[] {
  const media: string[] = [];
  for (let parent = node.parent; parent && parent.type !== 'root'; parent = (parent as Container).parent)
    if (parent.type === 'atrule') media.push(`@${(parent as AtRule).name} ${(parent as AtRule).params}`);
  return media;
}

const insideKeyframes = (node: Node) =>
  mediaOf(node).some((at) => at.startsWith('@keyframes') || at.startsWith('@-webkit-keyframes'));

/** Every way a stylesheet reaches outside Flashpoint's own elements, with its line. */
export function scopeOffences(css: string): Offence[] {
  const offences: Offence[] = [];
  const root = postcss.parse(css);
  root.walkAtRules((at) => {
    if (!ALLOWED_AT_RULES.has(at.name.toLowerCase()))
      offences.push({ line: lineOf(at), what: `@${at.name} reaches outside the graphic` });
    if (at.name === 'keyframes' && !at.params.trim().startsWith('fp-'))
      offences.push({ line: lineOf(at), what: `@keyframes ${at.params}: animation names are global, use fp-` });
    if (at.name === 'layer' && at.params && !splitList(at.params).every((name) => name.startsWith('fp')))
      offences.push({ line: lineOf(at), what: `@layer ${at.params}: layer names are global, use fp-` });
  });
  root.walkRules((rule) => {
    if (insideKeyframes(rule)) return;
    if (rule.parent?.type === 'rule')
      offences.push({ line: lineOf(rule), what: `nested rule ${rule.selector}: flatten it so it can be checked` });
    for (const selector of splitList(rule.selector))
      for (const problem of selectorProblems(selector))
        offences.push({ line: lineOf(rule), what: `${selector}: ${problem}` });
  });
  root.walkDecls((decl) => {
    const parent = decl.parent;
    const selector = parent?.type === 'rule' && 'selector' in parent ? String(parent.selector) : '(no rule)';
    if (decl.prop.startsWith('--') && !decl.prop.startsWith('--fp-'))
      offences.push({ line: lineOf(decl), what: `${selector} declares ${decl.prop}: custom properties start --fp-` });
    for (const [, name = ''] of decl.value.matchAll(/var\(\s*(--[\w-]+)/g))
      if (!name.startsWith('--fp-'))
        offences.push({ line: lineOf(decl), what: `${selector} reads the host's ${name}: use an --fp- property` });
    if (decl.important) {
      const entry = `${selector} { ${decl.prop} }`;
      const excused =
        mediaOf(decl).some((at) => at.startsWith('@media') && IMPORTANT_MEDIA.test(at)) ||
        IMPORTANT_ALLOWED.some((allowed) => allowed.entry === entry);
      if (!excused) offences.push({ line: lineOf(decl), what: `${entry} is !important` });
    }
  });
  return offences.sort((a, b) => a.line - b.line);
}

const format = (offences: Offence[], file = 'styles.css') =>
  offences.map(({ line, what }) => `${file}:${line} ${what}`);

/** Every @font-face and @import, wherever it sits (top level, @media, @supports, @layer): `@name at line`. */
export function fontFacesAndImports(css: string): string[] {
  const found: string[] = [];
  postcss.parse(css).walkAtRules((at) => {
    if (/^(?:font-face|import)$/i.test(at.name)) found.push(`@${at.name} at line ${lineOf(at)}`);
  });
  return found;
}

/** The built stylesheet when there is one (what a page loads), and the source. */
const STYLESHEETS = [
  ...(existsSync(BUILT_STYLES) ? [{ file: 'dist/styles.css', path: BUILT_STYLES }] : []),
  { file: 'src/theme/styles.css', path: STYLES_PATH },
];

describe.each(STYLESHEETS)('$file is scoped to Flashpoint (isolation)', ({ file, path }) => {
  const css = readFileSync(path, 'utf8');

  it('has no global selector, un-prefixed class or custom property, @font-face, @import or stray !important', () => {
    expect(format(scopeOffences(css), file)).toEqual([]);
  });

  it('has no @font-face and no @import: fonts are the host page’s, and nothing is fetched', () => {
    expect(fontFacesAndImports(css)).toEqual([]);
  });

  it('keeps the !important allow-list current', () => {
    const root = postcss.parse(css);
    const important: string[] = [];
    root.walkDecls((decl) => {
      const parent = decl.parent;
      if (decl.important && parent?.type === 'rule' && 'selector' in parent)
        important.push(`${String(parent.selector)} { ${decl.prop} }`);
    });
    expect(IMPORTANT_ALLOWED.map(({ entry }) => entry).filter((entry) => !important.includes(entry))).toEqual([]);
  });
});

describe('the shipped stylesheet', () => {
  it('is the source file: the build copies it unchanged', () => {
    expect(readFileSync(BUILD_ASSETS, 'utf8')).toContain("copyFileSync('src/theme/styles.css', 'dist/styles.css')");
  });
});

describe('host fonts', () => {
  it('no source injects a font at runtime (FontFace, @font-face, a web-font service)', () => {
    const src = resolve(__dirname, '../../src');
    const found: string[] = [];
    for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(?:ts|tsx|js|mjs)$/.test(entry.name)) continue;
      const path = join(entry.parentPath, entry.name);
      const code = readFileSync(path, 'utf8');
      for (const pattern of [/\bFontFace\b/, /@font-face/, /fonts\.(?:googleapis|gstatic)\.com/, /use\.typekit\.net/])
        if (pattern.test(code)) found.push(`${relative(src, path)}: ${pattern.source}`);
    }
    expect(found).toEqual([]);
  });

  it('inherits the host font by default through --fp-font-family', () => {
    const declared: string[] = [];
    // The default only: a named preset ([data-fp-theme='…']) may choose a font of its own.
    postcss.parse(readFileSync(STYLES_PATH, 'utf8')).walkDecls('--fp-font-family', (decl) => {
      const parent = decl.parent;
      const selector = parent?.type === 'rule' && 'selector' in parent ? String(parent.selector) : '';
      if (!selector.includes('data-fp-theme')) declared.push(decl.value);
    });
    expect(declared).toEqual(['inherit']);
  });
});

describe('the scope checker', () => {
  it('catches a bare element, an un-prefixed class and a global custom property, each with its line', () => {
    const css = ['button { color: red }', '.other {}', ':root { --x: 1 }'].join('\n');
    expect(format(scopeOffences(css))).toEqual([
      'styles.css:1 button: starts with a bare element (button)',
      'styles.css:2 .other: first compound has no .fp- class or data-fp attribute',
      'styles.css:2 .other: class .other has no fp- prefix',
      'styles.css:3 :root: names the page itself (html, body, :root, :host)',
      'styles.css:3 :root: first compound has no .fp- class or data-fp attribute',
      'styles.css:3 :root declares --x: custom properties start --fp-',
    ]);
  });

  it('looks inside @media, @supports and @layer, and at every selector of a list', () => {
    const css = `@media print { .fp-root, svg { color: red } }
@supports (display: grid) { @layer fp-base { * { margin: 0 } } }`;
    expect(format(scopeOffences(css))).toEqual([
      'styles.css:1 svg: starts with a bare element (svg)',
      'styles.css:2 *: starts with a bare element (*)',
    ]);
  });

  it('finds @font-face and @import at any depth', () => {
    const css = `@media screen { @import url(x.css); }
@supports (display: grid) { @font-face { font-family: X; src: url(x.woff2) } }
@media print { .fp-root { color: var(--fp-color-text) } }`;
    expect(fontFacesAndImports(css)).toEqual(['@import at line 1', '@font-face at line 2']);
  });

  it('rejects @font-face, @import, global keyframes, host variables and stray !important', () => {
    const css = `@import url(x.css);
@font-face { font-family: X; src: url(x.woff2) }
@keyframes spin { from { opacity: 0 } }
.fp-root { color: var(--brand) !important }`;
    expect(format(scopeOffences(css))).toEqual([
      'styles.css:1 @import reaches outside the graphic',
      'styles.css:2 @font-face reaches outside the graphic',
      'styles.css:3 @keyframes spin: animation names are global, use fp-',
      "styles.css:4 .fp-root reads the host's --brand: use an --fp- property",
      'styles.css:4 .fp-root { color } is !important',
    ]);
  });

  it('accepts scoped forms and rejects ones that escape the root', () => {
    for (const ok of [
      '.fp-root button',
      '[data-fp] > *',
      ':where(.fp-root, [data-fp]):where(:not(.fp-root *, [data-fp] *))',
      "[data-fp-theme='dark'] :is(.fp-root, [data-fp])",
      ':is(.fp-event-list, .fp-event-detail) a[href^="http"]::after',
      '.fp-root .fp-a + span',
    ])
      expect([ok, selectorProblems(ok)]).toEqual([ok, []]);
    expect(selectorProblems(':is(.fp-root, .x) button')).toContain(
      'first compound has no .fp- class or data-fp attribute',
    );
    expect(selectorProblems('.fp-root + button')).toEqual(['its subject can be outside the root']);
    expect(selectorProblems('.fp-root .other')).toEqual(['class .other has no fp- prefix']);
    expect(selectorProblems('body .fp-root')[0]).toBe('names the page itself (html, body, :root, :host)');
  });
});
