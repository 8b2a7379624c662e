/**
 * The colour tokens of the built-in themes, one typed object per theme. styles.css declares the same values
 * as `--fp-color-*` custom properties (test/theme/tokensMatchCss.test.ts keeps the two equal), and the
 * contrast tests and the accessibility statement compute their ratios from here. No React, no DOM.
 *
 * The category, status and series palettes are also kept ≥ 10 ΔE2000 apart pair by pair for normal vision,
 * protanopia, deuteranopia and tritanopia (src/theme/colorVisionChecks.ts, test/theme/colorVision.test.ts):
 * when changing one of their colours, run that test.
 */

export interface ThemeColors {
  /** Body text, headings, the selected ring. */
  text: string;
  /** Secondary text: dates, notes, axis ticks. Still ≥ 4.5:1. */
  textMuted: string;
  background: string;
  /** Cards (events in the list), odd phase bands, hover. */
  surface: string;
  /** Boundaries of controls and cards (≥ 3:1: they show where a control is). */
  border: string;
  link: string;
  focus: string;
  /** Background of an event reached through a related-event link (`:target`). */
  target: string;

  categoryAttack: string;
  categoryStrike: string;
  categoryDiplomacy: string;
  categoryStatement: string;
  categoryContext: string;
  categoryOther: string;

  /** Claim statuses; also used as text colour for the status word, so ≥ 4.5:1. */
  statusConfirmed: string;
  statusReported: string;
  statusClaimed: string;
  statusDenied: string;
  statusUnverified: string;

  /** Neutral mark symbols (legend), the outline of spans. */
  mark: string;
  /** Light fill of spans and grid lines: decorative, carries nothing on its own. */
  markSpan: string;
  cluster: string;
  clusterText: string;
  /** Cause → response arrows. */
  relation: string;
  /** Phase bands behind the marks (the odd ones use `surface`). */
  phase: string;
  /** Drop shadow of the tooltip and the sheet (any CSS colour). */
  shadow: string;

  /** Reported-count lines of the intensity chart, one per counter, and their labels (≥ 4.5:1). */
  series1: string;
  series2: string;
  series3: string;
  series4: string;
  series5: string;
  series6: string;
  /** Our own count on the intensity chart. */
  ownCount: string;

  /** Map inset: sea, land, coastlines (decorative). */
  water: string;
  land: string;
  borderLand: string;
}

export type ColorToken = keyof ThemeColors;

export type BuiltInThemeName = 'light' | 'dark' | 'highContrast';

/** `categoryAttack` → `--fp-color-category-attack`, `series1` → `--fp-color-series-1`. */
export function tokenName(key: ColorToken): `--fp-color-${string}` {
  return `--fp-color-${key.replace(/[A-Z]|\d+/g, (part) => `-${part.toLowerCase()}`)}`;
}

const light: ThemeColors = {
  text: '#1b1b1f',
  textMuted: '#4d5057',
  background: '#ffffff',
  surface: '#f5f5f6',
  border: '#7c8088',
  link: '#0a55a8',
  focus: '#0a55a8',
  target: '#fff3c4',

  categoryAttack: '#af4e44',
  categoryStrike: '#6f3fa1',
  categoryDiplomacy: '#0d6868',
  categoryStatement: '#7f4c00',
  categoryContext: '#3e3d3f',
  categoryOther: '#304768',

  statusConfirmed: '#297a4e',
  statusReported: '#2a4f86',
  statusClaimed: '#925206',
  statusDenied: '#84121c',
  statusUnverified: '#53575d',

  mark: '#4d5057',
  markSpan: '#e3e4e8',
  cluster: '#1b1b1f',
  clusterText: '#ffffff',
  relation: '#4d5057',
  phase: '#eeecf4',
  shadow: 'rgb(0 0 0 / 0.18)',

  series1: '#1b1b1f',
  series2: '#1b4772',
  series3: '#925206',
  series4: '#297a4e',
  series5: '#6f47ae',
  series6: '#84121c',
  ownCount: '#4d5057',

  water: '#d3e2ec',
  land: '#ebe7dd',
  borderLand: '#a39d8e',
};

/** Light text on a near-black blue-grey; category hues kept, lifted until they reach 4.5:1 on every surface. */
const dark: ThemeColors = {
  text: '#ececef',
  textMuted: '#b3b7bf',
  background: '#16171a',
  surface: '#212328',
  border: '#8b909a',
  link: '#8cbcff',
  focus: '#8cbcff',
  target: '#3d3413',

  categoryAttack: '#f0897f',
  categoryStrike: '#caa5f3',
  categoryDiplomacy: '#46d9d1',
  categoryStatement: '#eab762',
  categoryContext: '#a3a4a7',
  categoryOther: '#8d9aba',

  statusConfirmed: '#81eaa4',
  statusReported: '#8fb4ec',
  statusClaimed: '#eda35a',
  statusDenied: '#ed686c',
  statusUnverified: '#b0b4bb',

  mark: '#b3b7bf',
  markSpan: '#34373e',
  cluster: '#ececef',
  clusterText: '#16171a',
  relation: '#b3b7bf',
  phase: '#262431',
  shadow: 'rgb(0 0 0 / 0.5)',

  series1: '#ececef',
  series2: '#8cbcff',
  series3: '#eda35a',
  series4: '#81eaa4',
  series5: '#ad8dc2',
  series6: '#ed686c',
  ownCount: '#b3b7bf',

  water: '#1b2a36',
  land: '#2a2925',
  borderLand: '#6e695c',
};

/** Black and white with a yellow focus ring: every text pair near or above 7:1 (AAA), boundaries in white. */
const highContrast: ThemeColors = {
  text: '#ffffff',
  textMuted: '#e6e6e6',
  background: '#000000',
  surface: '#0f0f0f',
  border: '#ffffff',
  link: '#9fd3ff',
  focus: '#ffe14d',
  target: '#3b3000',

  categoryAttack: '#fe8c86',
  categoryStrike: '#f2ceff',
  categoryDiplomacy: '#3ed7c2',
  categoryStatement: '#ffc266',
  categoryContext: '#e8e7ee',
  categoryOther: '#a1b1fe',

  statusConfirmed: '#89f5b2',
  statusReported: '#a6c8ff',
  statusClaimed: '#ffb870',
  statusDenied: '#fc8787',
  statusUnverified: '#d0d3d9',

  mark: '#ffffff',
  markSpan: '#3a3a3a',
  cluster: '#ffffff',
  clusterText: '#000000',
  relation: '#e6e6e6',
  phase: '#1c1a26',
  shadow: 'rgb(255 255 255 / 0.25)',

  series1: '#ffffff',
  series2: '#79b7f2',
  series3: '#ffb870',
  series4: '#89f5b2',
  series5: '#f6d2fe',
  series6: '#fc8787',
  ownCount: '#e6e6e6',

  water: '#001a2e',
  land: '#141414',
  borderLand: '#9a9a9a',
};

export const themes: Record<BuiltInThemeName, ThemeColors> = { light, dark, highContrast };

/** On paper every theme prints as the light one, on white (backgrounds are rarely printed). */
export const printColors: ThemeColors = { ...light, text: '#000000', background: '#ffffff', surface: '#ffffff' };
