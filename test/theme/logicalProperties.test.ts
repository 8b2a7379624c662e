import { describe, expect, it } from 'vitest';
import { loadStylesheet } from './stylesheet';

/** A property tied to the screen's left, right, top or bottom rather than to the writing direction. */
const PHYSICAL_PROPERTY =
  /^(?:(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right|top|bottom)(?:-\w+)?|left|right|top|bottom|border-(?:top|bottom)-(?:left|right)-radius|(?:min-|max-)?(?:width|height)|overflow-[xy]|overscroll-behavior-[xy])$/;
const PHYSICAL_VALUE: Record<string, RegExp> = {
  'text-align': /^(?:left|right)$/,
  float: /^(?:left|right)$/,
  clear: /^(?:left|right)$/,
  resize: /^(?:horizontal|vertical)$/,
};

/** Where physical geometry is right, and why (each also has a comment in styles.css). */
const ALLOWED: { selector: string; prop: string; why: string }[] = [
  {
    selector: '.fp-tooltip',
    prop: 'left',
    why: 'x is measured from the container’s left edge, like the SVG it points into',
  },
  { selector: '.fp-tooltip', prop: 'top', why: 'y is measured from the container’s top edge' },
  { selector: '.fp-event-detail', prop: 'overflow-y', why: 'overflow-block is not supported in Chromium or Safari' },
  ...['border-right', 'border-bottom'].map((prop) => ({
    selector: '.fp-filter-bar .fp-filter-bar__toggle::before',
    prop,
    why: 'a chevron turned by a physical rotate(), with its own angle for rtl',
  })),
];

/** "selector { property }" for every physical declaration of a stylesheet (styles.css unless given). */
function physicalDeclarations(css?: string): string[] {
  const found: string[] = [];
  loadStylesheet(css).walkDecls((decl) => {
    const prop = decl.prop.toLowerCase();
    const physical = PHYSICAL_PROPERTY.test(prop) || PHYSICAL_VALUE[prop]?.test(decl.value.trim());
    const parent = decl.parent;
    if (physical && parent?.type === 'rule' && 'selector' in parent)
      found.push(`${String(parent.selector)} { ${prop} }`);
  });
  return found;
}

describe('styles.css uses logical properties', () => {
  const found = physicalDeclarations();
  const allowed = new Set(ALLOWED.map(({ selector, prop }) => `${selector} { ${prop} }`));

  it('has no physical property (left/right/top/bottom, width/height…) outside the justified list', () => {
    expect(found.filter((entry) => !allowed.has(entry))).toEqual([]);
  });

  it('keeps the justified list current: each entry is still in the stylesheet', () => {
    expect([...allowed].filter((entry) => !found.includes(entry))).toEqual([]);
  });

  it('would catch one', () => {
    const css = '.fp-root .fp-x { margin-left: 1px; text-align: right; inline-size: 2px; text-align: start }';
    expect(physicalDeclarations(css)).toEqual(['.fp-root .fp-x { margin-left }', '.fp-root .fp-x { text-align }']);
  });
});
