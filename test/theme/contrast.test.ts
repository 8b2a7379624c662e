import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../../src/theme/contrast';
import { CONTRAST_CHECKS, measureContrast } from '../../src/theme/contrastChecks';
import { themes, type ColorToken, type ThemeColors } from '../../src/theme/tokens';

/** Every check below its minimum, as "textMuted on surface: 2.85 < 4.5 (text)". */
function failures(colors: ThemeColors): string[] {
  return measureContrast(colors)
    .filter((result) => result.ratio < result.minimum)
    .map((r) => `${r.foreground} on ${r.background}: ${r.ratio.toFixed(2)} < ${r.minimum} (${r.use})`);
}

/** Tokens no reader has to tell apart from their background: a shadow, the faint span fill, coastlines. */
const DECORATIVE: ColorToken[] = ['shadow', 'markSpan', 'borderLand'];

describe('WCAG contrast, computed', () => {
  it('measures luminance and ratios as WCAG 2.2 defines them', () => {
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#000000')).toBe(21);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(() => contrastRatio('rgb(0 0 0 / 0.5)', '#ffffff')).toThrow(/Not an opaque hex colour/);
  });

  it('checks every token a reader must see against what it is drawn on', () => {
    const checked = new Set(CONTRAST_CHECKS.flatMap((check) => [check.foreground, check.background]));
    const unchecked = (Object.keys(themes.light) as ColorToken[]).filter(
      (key) => !checked.has(key) && !DECORATIVE.includes(key),
    );
    expect(unchecked).toEqual([]);
  });
});

describe.each(Object.keys(themes) as (keyof typeof themes)[])('the %s theme', (name) => {
  it('meets WCAG 2.2 AA: text ≥ 4.5:1, marks, boundaries and focus ≥ 3:1, on every surface they sit on', () => {
    expect(failures(themes[name])).toEqual([]);
  });
});

describe('a bad token', () => {
  it('fails the check and names the pair with its ratio', () => {
    const bad = { ...themes.light, textMuted: '#999999', categoryStrike: '#c8b4e6' };
    expect(failures(bad)).toEqual(
      expect.arrayContaining([
        'textMuted on background: 2.85 < 4.5 (text)',
        'textMuted on surface: 2.61 < 4.5 (text)',
        'categoryStrike on background: 1.89 < 3 (mark)',
      ]),
    );
  });

  it('in the dark theme too: light-theme text on the dark background fails', () => {
    expect(failures({ ...themes.dark, text: themes.light.text })).toContain(
      `text on background: ${contrastRatio(themes.light.text, themes.dark.background).toFixed(2)} < 4.5 (text)`,
    );
  });
});
