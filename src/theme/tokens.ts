/**
 * The colour tokens of the built-in themes, one typed object per theme. styles.css declares the same values
 * as `--fp-color-*` custom properties (test/theme/tokensMatchCss.test.ts keeps the two equal), and the
 * contrast tests and the accessibility statement compute their ratios from here. No React, no DOM.
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

  categoryAttack: '#b3261e',
  categoryStrike: '#6b3fa0',
  categoryDiplomacy: '#0d6868',
  categoryStatement: '#855000',
  categoryContext: '#5a5f66',
  categoryOther: '#3d4f73',

  statusConfirmed: '#1c6832',
  statusReported: '#2a4f86',
  statusClaimed: '#8a4500',
  statusDenied: '#a1171c',
  statusUnverified: '#53575d',

  mark: '#4d5057',
  markSpan: '#e3e4e8',
  cluster: '#1b1b1f',
  clusterText: '#ffffff',
  relation: '#4d5057',
  phase: '#eeecf4',
  shadow: 'rgb(0 0 0 / 0.18)',

  series1: '#1b1b1f',
  series2: '#0a55a8',
  series3: '#8a4500',
  series4: '#1c6832',
  series5: '#6b3fa0',
  series6: '#a1171c',
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

  categoryAttack: '#ff8a80',
  categoryStrike: '#c3a3f0',
  categoryDiplomacy: '#4cc9bd',
  categoryStatement: '#e5a94f',
  categoryContext: '#a9aeb6',
  categoryOther: '#9fb3e0',

  statusConfirmed: '#6fcf8a',
  statusReported: '#8fb4ec',
  statusClaimed: '#eda35a',
  statusDenied: '#ff8a8a',
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
  series4: '#6fcf8a',
  series5: '#c3a3f0',
  series6: '#ff8a8a',
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

  categoryAttack: '#ff9a8f',
  categoryStrike: '#d6b8ff',
  categoryDiplomacy: '#5fe0d4',
  categoryStatement: '#ffc266',
  categoryContext: '#d0d3d9',
  categoryOther: '#b3c6ff',

  statusConfirmed: '#7be69a',
  statusReported: '#a6c8ff',
  statusClaimed: '#ffb870',
  statusDenied: '#ff9e9e',
  statusUnverified: '#d0d3d9',

  mark: '#ffffff',
  markSpan: '#3a3a3a',
  cluster: '#ffffff',
  clusterText: '#000000',
  relation: '#e6e6e6',
  phase: '#1c1a26',
  shadow: 'rgb(255 255 255 / 0.25)',

  series1: '#ffffff',
  series2: '#9fd3ff',
  series3: '#ffb870',
  series4: '#7be69a',
  series5: '#d6b8ff',
  series6: '#ff9e9e',
  ownCount: '#e6e6e6',

  water: '#001a2e',
  land: '#141414',
  borderLand: '#9a9a9a',
};

export const themes: Record<BuiltInThemeName, ThemeColors> = { light, dark, highContrast };

/** On paper every theme prints as the light one, on white (backgrounds are rarely printed). */
export const printColors: ThemeColors = { ...light, text: '#000000', background: '#ffffff', surface: '#ffffff' };
