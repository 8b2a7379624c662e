import { print } from './presets/print';
import { THEME_NAMES, presetTheme } from './presets/index';
import { light } from './presets/light';
import { colorDeclarations, ROOT, themeSelector, type ThemeForm } from './themeToCss';
import { groupDeclarations } from './tokenNames';
import type { Theme, ThemePair } from './themeTypes';

/** Marks around the part of styles.css this file writes (`npm run build:theme`). */
export const GENERATED_START =
  '/* @generated theme tokens: from src/theme/presets by `npm run build:theme`; do not edit */';
export const GENERATED_END = '/* @end generated theme tokens */';

function rule(selectors: string[], declarations: [string, string][], indent = ''): string {
  const inner = declarations.map(([prop, value]) => `${indent}  ${prop}: ${value};`).join('\n');
  return `${indent}${selectors.join(`,\n${indent}`)} {\n${inner}\n${indent}}`;
}

const themesOf = (preset: Theme | ThemePair): Theme[] => ('dark' in preset ? [preset.light, preset.dark] : [preset]);
const ALL_PRESETS = THEME_NAMES.map((name) => [name, presetTheme(name)] as const);

/** Non-colour tokens some preset sets differently from the defaults: each preset block declares exactly these. */
function varyingGroupTokens(): Set<string> {
  const defaults = new Map(groupDeclarations(light));
  const varying = new Set<string>();
  for (const [, preset] of ALL_PRESETS)
    for (const theme of themesOf(preset))
      for (const [prop, value] of groupDeclarations(theme)) if (defaults.get(prop) !== value) varying.add(prop);
  return varying;
}

function presetBlocks(form: ThemeForm, varying: Set<string>): string[] {
  const blocks: string[] = [];
  const screen: string[] = [];
  const darkScreen: string[] = [];
  for (const [name, preset] of ALL_PRESETS) {
    const selector = [themeSelector(name, form)];
    const base = 'light' in preset ? preset.light : preset;
    const tokens = groupDeclarations(base).filter(([prop]) => varying.has(prop));
    if (tokens.length) blocks.push(rule(selector, tokens));
    screen.push(rule(selector, colorDeclarations(base), '  '));
    if ('dark' in preset) darkScreen.push(rule(selector, colorDeclarations(preset.dark), '  '));
  }
  return [
    ...blocks,
    `@media screen {\n${screen.join('\n\n')}\n}`,
    `@media screen and (prefers-color-scheme: dark) {\n${darkScreen.join('\n\n')}\n}`,
  ];
}

/**
 * The token part of styles.css: the light defaults on the outermost root, then every preset for
 * `data-fp-theme` on an ancestor, then on the root itself (later rules of equal specificity win, so a root's
 * own theme beats its ancestor's), then the print colours.
 */
export function presetStylesheet(): string {
  const varying = varyingGroupTokens();
  const defaults = rule(
    [`:where(.fp-root, [data-fp], .fp-event-list__more):where(:not(.fp-root *, [data-fp] *))`],
    [
      ...groupDeclarations(light),
      ...colorDeclarations(light).filter(([prop]) => prop.startsWith('-') || prop === 'color-scheme'),
    ],
  );
  const printColors = colorDeclarations(print).filter(([prop]) => prop.startsWith('--'));
  const names = THEME_NAMES.join(' | ');
  return [
    GENERATED_START,
    `/*\n * Defaults: the light preset, on the outermost root only and without specificity. Roots nested in it\n * inherit, so a value set on the outer root reaches every part, and any rule of the host's wins.\n */`,
    defaults,
    `/*\n * Presets: data-fp-theme="${names}" on a root or on any ancestor.\n * Ancestor rules first, then rules for the attribute on the root itself (equal specificity: the later wins),\n * so <Timeline theme="light"> inside a dark page is light. Colours on screen only: on paper every theme\n * prints in the print colours.\n */`,
    ...presetBlocks('ancestor', varying),
    ...presetBlocks('root', varying),
    `@media print {\n${rule([ROOT], printColors, '  ')}\n}`,
    GENERATED_END,
  ].join('\n\n');
}
