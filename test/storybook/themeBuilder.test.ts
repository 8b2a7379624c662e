import { describe, expect, it } from 'vitest';
import { GLOBAL_TYPES } from '../../.storybook/globalTypes';
import { CATEGORY_SHAPES } from '../../src/theme/categoryShapes';
import { contrastRatio } from '../../src/theme/contrast';
import { createTheme, createThemeWithProblems } from '../../src/theme/createTheme';
import { THEME_NAMES, themes } from '../../src/theme/presets/index';
import type { Theme } from '../../src/theme/themeTypes';
import { overridesFrom, settingsFromBase } from '../../stories/docs/themeBuilderSettings';
import { constantName, themeCode } from '../../stories/docs/themeCode';
import { ratioText, themeFindings } from '../../stories/docs/themeFindings';

/** Runs the builder's code output (plain JavaScript once the import line is gone) with the real createTheme. */
function runCode(code: string): Theme {
  const body = code.replace(/^import .*$/m, '').replace(/export const \w+ =/, 'return');
  return new Function('createTheme', 'themes', body)(createTheme, themes) as Theme;
}

describe('Theme builder (Docs / Theme builder)', () => {
  it('writes only the name when no control has moved', () => {
    for (const base of Object.keys(themes) as (keyof typeof themes)[]) {
      expect(overridesFrom(settingsFromBase(base)), base).toEqual({ name: 'newsroom' });
    }
  });

  it('writes exactly what the controls changed, and the code builds the same theme as the preview', () => {
    const settings = settingsFromBase('broadsheet');
    settings.colors.link = '#8a1538';
    settings.fontFamily = '"Source Serif 4", Georgia, serif';
    settings.spaceScale = 1.2;
    settings.radius = 6;
    settings.focusStroke = 4;
    settings.motionMs = 0;
    const overrides = overridesFrom(settings);
    expect(overrides).toEqual({
      name: 'newsroom',
      colors: { link: '#8a1538' },
      font: { family: '"Source Serif 4", Georgia, serif' },
      space: { 1: '0.36rem', 2: '0.72rem', 3: '1.08rem', 4: '1.5rem', 6: '2.25rem' },
      radius: { small: '2px', medium: '6px', large: '8px' },
      stroke: { focus: '4px' },
      motion: { duration: '0ms' },
    });
    const code = themeCode(overrides, 'broadsheet');
    expect(code).toContain('themes.broadsheet');
    expect(code).toContain('family: \'"Source Serif 4", Georgia, serif\'');
    const built = createThemeWithProblems(overrides, themes.broadsheet);
    expect(built.problems).toEqual([]);
    expect(runCode(code)).toEqual(built.theme);
  });

  it('names the constant after the theme, and falls back when the name is not an identifier', () => {
    expect(constantName('newsroom-dark')).toBe('newsroomDark');
    expect(constantName('9lives')).toBe('theme');
  });

  it('says in words which colours fail contrast and colour-vision checks', () => {
    const clean = themeFindings(themes.light);
    expect(clean.contrastFailures).toEqual([]);
    expect(clean.distinctnessFailures).toEqual([]);
    expect(clean.contrastChecked).toBeGreaterThan(50);

    const pale = createTheme({
      colors: { link: '#6b9bd1' },
      categories: { ceasefire: { color: '#b04f45', shape: CATEGORY_SHAPES.hexagon } },
    });
    const findings = themeFindings(pale);
    const ratio = contrastRatio('#6b9bd1', themes.light.colors.background);
    expect(ratio).toBeLessThan(4.5);
    expect(findings.contrastFailures).toContain(`link on background: ${ratioText(ratio)}, needs 4.5:1 (text)`);
    // A ceasefire colour a hair from the attack red cannot be told apart, whatever the vision.
    expect(findings.distinctnessFailures.some((line) => /attack category and ceasefire category/.test(line))).toBe(
      true,
    );
  });
});

describe('Storybook toolbar', () => {
  it('offers every preset in the Theme menu', () => {
    const items = (GLOBAL_TYPES.theme!.toolbar as { items: { value: string }[] }).items;
    expect(items.map((item) => item.value)).toEqual([...THEME_NAMES]);
  });
});
