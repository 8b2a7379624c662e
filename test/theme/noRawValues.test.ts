import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Declaration } from 'postcss';
import { describe, expect, it } from 'vitest';
import { handWritten, loadStylesheet, mediaOf } from './stylesheet';

/*
 * Issue 7: every colour, font, size, spacing, radius, stroke and motion value is a typed token. The hand-written
 * part of styles.css reads `var(--fp-…)` and nothing else; the literal values live in the presets, and
 * `npm run build:theme` writes them into the generated section (which this test skips).
 */

/** The CSS named colours (CSS Color 4), lower case. `transparent` and `currentColor` are allowed keywords. */
const NAMED_COLOURS = new Set(
  `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood
  cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray
  darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen
  darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue
  firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew
  hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan
  lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray
  lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue
  mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred
  midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid
  palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple
  rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue
  slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white
  whitesmoke yellow yellowgreen`.split(/\s+/),
);

/** CSS system colours: right inside `@media (forced-colors: active)`, where the reader's palette replaces ours. */
const SYSTEM_COLOURS = new Set(
  `accentcolor accentcolortext activetext buttonborder buttonface buttontext canvas canvastext field fieldtext
  graytext highlight highlighttext linktext mark marktext selecteditem selecteditemtext visitedtext`.split(/\s+/),
);

const COLOUR_FUNCTION = /(?<![\w-])(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;
const HEX = /#[0-9a-f]{3,8}(?![\w-])/i;
const EASING =
  /(?<![\w-])(?:ease|ease-in|ease-out|ease-in-out|linear|step-start|step-end|cubic-bezier|steps)(?![\w-])/i;

/** Properties whose percentages are layout (a share of the container or of the element itself), not a style. */
const LAYOUT_PERCENTAGE =
  /^(?:inset(?:-[\w-]+)?|(?:min-|max-)?(?:inline|block)-size|flex(?:-basis)?|grid-template-(?:columns|rows)|clip-path|border-radius)$/;

interface Literal {
  text: string;
  /** Functions the literal sits in, outermost first (`calc`, `min`, `color-mix`, `rotate`). */
  functions: string[];
}

/** The numbers in a value (with their unit) and the functions around each; strings, names and hex colours left out. */
function numbersIn(value: string): Literal[] {
  const cleaned = value
    .replace(/(['"])(?:\\.|(?!\1).)*\1/g, "''")
    .replace(/--[\w-]+/g, '--x')
    .replace(/#[0-9a-f]+/gi, '#');
  const found: Literal[] = [];
  const stack: string[] = [];
  for (const match of cleaned.matchAll(/([\w-]*)\(|\)|(?<![\w-])-?(?:\d*\.)?\d+(?:%|[a-z]+)?/gi)) {
    if (match[1] !== undefined) stack.push(match[1].toLowerCase());
    else if (match[0] === ')') stack.pop();
    else found.push({ text: match[0], functions: [...stack] });
  }
  return found;
}

/** A numeric literal where it stands: its number and unit, the declaration's property, the @media around it. */
interface Place {
  literal: Literal;
  value: number;
  unit: string;
  prop: string;
  media: string[];
  /** In a rule that hides its element visually but not from assistive technology. */
  visuallyHidden: boolean;
}

const TRANSFORM_FUNCTION = /^(?:rotate[xyz]?|scale[xyz]?|skew[xy]?|translate[xyz]?)$/;

/**
 * The literals the hand-written CSS may keep, each with why: none is a visual decision a publication would change.
 * Everything else (lengths, font sizes and weights, line heights, letter spacing, radii, stroke widths, durations,
 * easings, opacities, colours) comes from a token. Each entry must still be needed (a test below checks).
 */
const ALLOWED_LITERALS: { what: string; why: string; allows: (place: Place) => boolean }[] = [
  {
    what: '0',
    why: 'nothing: no margin, no inset, no fallback offset',
    allows: ({ value, unit }) => value === 0 && unit === '',
  },
  {
    what: 'unitless numbers inside calc()',
    why: 'multipliers that derive one value from tokens: calc(2 * var(--fp-…))',
    allows: ({ unit, literal }) => unit === '' && literal.functions.includes('calc'),
  },
  {
    what: '100% inside calc()',
    why: 'turns an opacity token into the percentage color-mix() takes: calc(100% * var(--fp-opacity-…))',
    allows: ({ value, unit, literal }) => value === 100 && unit === '%' && literal.functions.at(-1) === 'calc',
  },
  {
    what: 'percentages of sizes, insets, flex-basis, grid tracks, clip-path and border-radius',
    why: 'layout (100%, 50% for a circle), not style; never inside a colour function',
    allows: ({ unit, prop, literal }) =>
      unit === '%' &&
      LAYOUT_PERCENTAGE.test(prop) &&
      !literal.functions.some((name) => /color|rgb|hsl|lab|lch|hwb/.test(name)),
  },
  {
    what: '1px boxes and -1px margins in the visually-hidden pattern',
    why: 'the standard clip for text meant for assistive technology only',
    allows: ({ visuallyHidden, value, unit, prop }) =>
      visuallyHidden &&
      unit === 'px' &&
      ((value === 1 && /^(?:inline|block)-size$/.test(prop)) || (value === -1 && prop === 'margin')),
  },
  { what: 'fr', why: 'grid tracks share the room left', allows: ({ unit }) => unit === 'fr' },
  {
    what: 'integers of z-index, order and flex',
    why: 'stacking and ordering, not a visual scale',
    allows: ({ value, unit, prop }) =>
      unit === '' && Number.isInteger(value) && /^(?:z-index|order|flex(?:-grow|-shrink)?)$/.test(prop),
  },
  {
    what: '0s under prefers-reduced-motion',
    why: 'the reader asked for no motion, whatever the theme says',
    allows: ({ value, unit, media }) =>
      value === 0 && unit === 's' && media.some((m) => m.includes('prefers-reduced-motion')),
  },
  {
    what: 'em in vertical-align',
    why: 'lines an icon up with the text it sits in, relative to that text',
    allows: ({ unit, prop }) => unit === 'em' && prop === 'vertical-align',
  },
  {
    what: 'stroke-dasharray and --fp-*-dash patterns',
    why: 'the dash is the non-colour cue of a line (which counter, which status), like a category shape',
    allows: ({ unit, prop }) => unit === '' && (prop === 'stroke-dasharray' || /^--fp-[\w-]*-dash$/.test(prop)),
  },
  {
    what: 'angles and factors inside transform functions',
    why: 'the way a chevron points, mirroring for right-to-left',
    allows: ({ literal }) => literal.functions.some((name) => TRANSFORM_FUNCTION.test(name)),
  },
  {
    what: 'opacity 1',
    why: 'fully opaque: undoes a dimming',
    allows: ({ value, unit, prop }) => value === 1 && unit === '' && /opacity$/.test(prop),
  },
];

/** The allow-list entry that lets a numeric literal stand, if any. */
function allowanceFor(literal: Literal, decl: Declaration, media: string[], visuallyHidden: boolean) {
  const [, number = '', unit = ''] = /^(-?(?:\d*\.)?\d+)(%|[a-z]*)$/i.exec(literal.text) ?? [];
  const place: Place = { literal, value: Number(number), unit, prop: decl.prop.toLowerCase(), media, visuallyHidden };
  return ALLOWED_LITERALS.find((entry) => entry.allows(place));
}

/** The colour literals of a value: hex, colour functions, named colours, and system colours outside forced colours. */
function coloursIn(value: string, forcedColours: boolean): string[] {
  const cleaned = value.replace(/(['"])(?:\\.|(?!\1).)*\1/g, "''").replace(/--[\w-]+/g, '--x');
  const found: string[] = [];
  const hex = HEX.exec(cleaned);
  if (hex) found.push(hex[0]);
  const colourFunction = COLOUR_FUNCTION.exec(cleaned);
  if (colourFunction) found.push(colourFunction[0]);
  for (const [word] of cleaned.matchAll(/(?<![\w#-])[a-z][\w-]*(?![\w(-])/gi)) {
    const name = word.toLowerCase();
    if (NAMED_COLOURS.has(name) || (SYSTEM_COLOURS.has(name) && !forcedColours)) found.push(word);
  }
  return found;
}

/** A rule that hides its element visually but not from assistive technology (clip-path: inset(50%), 1px box). */
function isVisuallyHidden(decl: Declaration): boolean {
  const parent = decl.parent;
  if (!parent || !('nodes' in parent)) return false;
  return parent.nodes.some(
    (node) => node.type === 'decl' && node.prop === 'clip-path' && node.value.replace(/\s/g, '') === 'inset(50%)',
  );
}

function selectorOf(decl: Declaration): string {
  const parent = decl.parent;
  return parent?.type === 'rule' && 'selector' in parent ? String(parent.selector).replace(/\s+/g, ' ') : '(no rule)';
}

/**
 * Every declaration of the hand-written CSS that writes a value instead of reading a token, as
 * `selector { prop: value }`; and which entries of the allow-list let a literal through.
 */
export function rawValues(css: string): { offenders: string[]; allowancesUsed: Set<string> } {
  const offenders: string[] = [];
  const allowancesUsed = new Set<string>();
  loadStylesheet(css).walkDecls((decl) => {
    const media = decl.parent?.type === 'rule' ? mediaOf(decl.parent as Parameters<typeof mediaOf>[0]) : [];
    const forcedColours = media.some((m) => m.includes('forced-colors: active'));
    const prop = decl.prop.toLowerCase();
    const value = decl.value.trim();
    const problems = coloursIn(value, forcedColours);
    for (const literal of numbersIn(value)) {
      const allowance = allowanceFor(literal, decl, media, isVisuallyHidden(decl));
      if (allowance) allowancesUsed.add(allowance.what);
      else problems.push(literal.text);
    }
    if (prop === 'font-family' && !/^(?:var\(--fp-font-[\w-]*family\)|inherit)$/.test(value)) problems.push(value);
    if (prop === 'font-weight' && !/^(?:var\(--fp-font-weight-[\w-]+\)|normal|inherit)$/.test(value))
      problems.push(value);
    if (/^(?:transition|animation)(?:-timing-function)?$/.test(prop) && EASING.test(value)) problems.push(value);
    if (problems.length) offenders.push(`${selectorOf(decl)} { ${decl.prop}: ${value} }`);
  });
  return { offenders, allowancesUsed };
}

describe('styles.css reads every value from a token (outside the generated section)', () => {
  it('has no literal colour, length, font, weight, duration, easing or opacity outside the allow-list', () => {
    expect(rawValues(handWritten()).offenders).toEqual([]);
  });

  it('keeps the allow-list short and current: every entry is still needed by styles.css', () => {
    const used = rawValues(handWritten()).allowancesUsed;
    expect(ALLOWED_LITERALS.map(({ what }) => what).filter((what) => !used.has(what))).toEqual([]);
  });

  it('would catch each kind of literal, and lets the allowed ones through', () => {
    const css = `
.fp-a { color: #fff; background: rgb(0 0 0); border-color: red; fill: var(--fp-color-x, #123456) }
.fp-b { fill: Canvas; color: currentColor; background: transparent }
@media (forced-colors: active) { .fp-c { fill: CanvasText; stroke: Highlight } }
.fp-d { margin: 2px; font-size: 11px; font-weight: 600; line-height: 1.3; opacity: 0.5; letter-spacing: 0.02em }
.fp-e { transition: color var(--fp-motion-duration) ease-out; font-family: Georgia, serif; font-weight: bold }
.fp-f { margin: 0; inline-size: calc(2 * var(--fp-space-1)); max-inline-size: 100%; z-index: 2; flex: 1 1 auto }
.fp-g { position: absolute; inline-size: 1px; block-size: 1px; margin: -1px; clip-path: inset(50%) }
.fp-h { inline-size: 1px; stroke-dasharray: 2 3; transform: rotate(-45deg); vertical-align: -0.125em; opacity: 1 }
@media (prefers-reduced-motion: reduce) { .fp-i { --fp-motion-duration: 0s } }
.fp-j { --fp-motion-duration: 0s; background: color-mix(in srgb, var(--fp-color-x) 80%, transparent) }
.fp-k { font-family: var(--fp-font-heading-family); font-weight: var(--fp-font-weight-strong); --fp-x-dash: 4 2 }
.fp-l { background: color-mix(in srgb, var(--fp-color-x) calc(100% * var(--fp-opacity-y)), transparent) }`;
    expect(rawValues(css).offenders).toEqual([
      '.fp-a { color: #fff }',
      '.fp-a { background: rgb(0 0 0) }',
      '.fp-a { border-color: red }',
      '.fp-a { fill: var(--fp-color-x, #123456) }',
      '.fp-b { fill: Canvas }',
      '.fp-d { margin: 2px }',
      '.fp-d { font-size: 11px }',
      '.fp-d { font-weight: 600 }',
      '.fp-d { line-height: 1.3 }',
      '.fp-d { opacity: 0.5 }',
      '.fp-d { letter-spacing: 0.02em }',
      '.fp-e { transition: color var(--fp-motion-duration) ease-out }',
      '.fp-e { font-family: Georgia, serif }',
      '.fp-e { font-weight: bold }',
      '.fp-h { inline-size: 1px }',
      '.fp-j { --fp-motion-duration: 0s }',
      '.fp-j { background: color-mix(in srgb, var(--fp-color-x) 80%, transparent) }',
    ]);
  });

  it('skips only the generated section: a literal written after it is caught', () => {
    const css = handWritten();
    expect(rawValues(`${css}\n.fp-timeline .fp-x { stroke-width: 1.5px }`).offenders).toEqual([
      '.fp-timeline .fp-x { stroke-width: 1.5px }',
    ]);
  });
});

/** A colour written into a component: hex, or a colour function. Components take colours from the stylesheet. */
const TSX_COLOUR =
  /(?<![\w&])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])|(?<![\w-])(?:rgba?|hsla?|hwb|oklch|oklab|lab|lch)\(/gi;

/** `file:line match` for every colour literal in the .tsx files under a folder. */
export function colourLiteralsInComponents(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.tsx')) continue;
    const path = join(entry.parentPath, entry.name);
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const [match] of line.matchAll(TSX_COLOUR)) found.push(`${relative(folder, path)}:${i + 1} ${match}`);
      });
  }
  return found;
}

describe('components never hard-code a colour', () => {
  const REACT = resolve(__dirname, '../../src/react');

  it('no .tsx under src/react contains a hex, rgb() or hsl() colour', () => {
    expect(colourLiteralsInComponents(REACT)).toEqual([]);
  });

  it('reads the .tsx files (there are some) and would catch one, in a nested folder, with its line', () => {
    const files = readdirSync(REACT, { recursive: true }).filter((name) => String(name).endsWith('.tsx'));
    expect(files.length).toBeGreaterThan(10);
    const folder = mkdtempSync(join(tmpdir(), 'fp-colours-'));
    try {
      mkdirSync(join(folder, 'components'));
      const code = [
        'export const Ok = ({ id }: { id: string }) => <a href={`#${id}`} className="fp-x" />;',
        'export const Bad = () => <path fill="#af4e44" stroke="rgb(0 0 0)" />;',
      ].join('\n');
      writeFileSync(join(folder, 'components', 'Mark.tsx'), code);
      writeFileSync(join(folder, 'components', 'notes.ts'), 'const ignored = "#af4e44";');
      expect(colourLiteralsInComponents(folder)).toEqual([
        `${join('components', 'Mark.tsx')}:2 #af4e44`,
        `${join('components', 'Mark.tsx')}:2 rgb(`,
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
