import { describe, expect, it } from 'vitest';
import { parseCss, parseDeclarations, serializeCss, splitTopLevel, stripComments } from '../../src/static/parseCss';
import { pruneCss } from '../../src/static/pruneCss';
import { resolveCssVariables, substituteVariables } from '../../src/static/resolveCssVariables';
import { markupFacts, selectorMayMatch } from '../../src/static/selectorMayMatch';

describe('parseCss(text)', () => {
  it('reads rules and at-rules with rules or declarations inside, without comments', () => {
    const nodes = parseCss('/* a { } */ .a { color: red; } @media print { .b { x: y } } @font-face { src: url(a) }');
    expect(nodes).toEqual([
      { type: 'rule', prelude: '.a', body: 'color: red;' },
      { type: 'at', prelude: '@media print', children: [{ type: 'rule', prelude: '.b', body: 'x: y' }] },
      { type: 'at-body', prelude: '@font-face', body: 'src: url(a)' },
    ]);
  });

  it('keeps braces, semicolons and comment marks that are inside strings', () => {
    const [rule] = parseCss(`.a::before { content: "} /* ; {"; color: red }`);
    expect(parseDeclarations((rule as { body: string }).body)).toEqual([
      ['content', '"} /* ; {"'],
      ['color', 'red'],
    ]);
    expect(stripComments(`a /* x */ "/* kept */"`)).toBe('a  "/* kept */"');
  });

  it('splits selector lists at top-level commas only', () => {
    expect(splitTopLevel(':is(.a, .b) .c, [data-x="1,2"], .d', ',')).toEqual([
      ':is(.a, .b) .c',
      '[data-x="1,2"]',
      '.d',
    ]);
  });

  it('writes the tree back so that it reads the same (one selector and one declaration a line)', () => {
    const nodes = parseCss('.a, .b { color: red; fill: blue } @media screen { .c { x: y } }');
    const text = serializeCss(nodes);
    expect(text).toBe('.a,\n.b {\n  color: red;\n  fill: blue;\n}\n@media screen {\n  .c {\n    x: y;\n  }\n}');
    const again = parseCss(text);
    expect(again.map((n) => splitTopLevel(n.prelude, ','))).toEqual([['.a', '.b'], ['@media screen']]);
    expect(parseDeclarations((again[0] as { body: string }).body)).toEqual([
      ['color', 'red'],
      ['fill', 'blue'],
    ]);
  });
});

describe('selectorMayMatch(selector, facts)', () => {
  const facts = markupFacts(
    '<svg class="fp-root fp-timeline"><g class="fp-mark" data-state="idle" data-category="a&amp;b"><path class="fp-mark__symbol"/></g></svg>',
  );

  it.each([
    ['.fp-timeline .fp-mark__symbol', true],
    ['.fp-timeline .fp-button', false],
    [".fp-timeline .fp-mark[data-state='idle'] path", true],
    [".fp-timeline .fp-mark[data-state='selected'] .fp-mark__symbol", false],
    ['.fp-timeline [data-category="a&b"]', true],
    [':where(.fp-root, .fp-nowhere) g', true],
    [':is(.fp-live-region, .fp-visually-hidden)', false],
    ['.fp-timeline :not(.fp-nowhere) path', true],
    ['.fp-timeline button', false],
    ['.fp-timeline .fp-mark:focus-visible .fp-mark__ring', false],
    ["[data-fp-theme='dark'] .fp-root", false],
  ])('%s → %s', (selector, expected) => {
    expect(selectorMayMatch(selector, facts)).toBe(expected);
  });
});

describe('pruneCss and resolveCssVariables', () => {
  const facts = markupFacts('<svg class="fp-root"><path class="fp-a"/></svg>');
  const nodes = parseCss(
    '.fp-a, .fp-b { fill: var(--fp-x); stroke: var(--fp-category-color) } .fp-b { fill: red } @media print { .fp-a { fill: var(--fp-missing) } .fp-b { x: y } } .fp-a { --fp-y: 1px; opacity: var(--fp-missing, var(--fp-o)) }',
  );

  it('keeps only the selectors that can match, and drops what is left empty', () => {
    const pruned = pruneCss(nodes, { keepSelector: (selector) => selectorMayMatch(selector, facts) });
    expect(pruned.map((node) => node.prelude)).toEqual(['.fp-a', '@media print', '.fp-a']);
    expect(pruneCss(nodes, { keepSelector: () => true, keepAtRule: () => false }).map((n) => n.prelude)).not.toContain(
      '@media print',
    );
  });

  it('replaces var() with the tokens’ values (through fallbacks and nested tokens), the category colour with currentColor', () => {
    const tokens = new Map([
      ['--fp-x', 'var(--fp-z)'],
      ['--fp-z', '#123456'],
      ['--fp-o', '0.5'],
    ]);
    expect(substituteVariables('var(--fp-x) var(--fp-category-color)', tokens)).toBe('#123456 currentColor');
    expect(substituteVariables('var(--fp-missing)', tokens)).toBeUndefined();
    const resolved = resolveCssVariables(pruneCss(nodes, { keepSelector: () => true }), tokens);
    const text = serializeCss(resolved);
    expect(text).not.toContain('var(');
    expect(text).not.toContain('--fp-y');
    expect(text).toContain('fill: #123456;');
    expect(text).toContain('opacity: 0.5;');
    // A declaration whose variable is unknown is dropped, and a rule left empty with it.
    expect(resolved.find((node) => node.prelude === '@media print')).toEqual({
      type: 'at',
      prelude: '@media print',
      children: [{ type: 'rule', prelude: '.fp-b', body: 'x: y' }],
    });
  });
});
