import { themes, type BuiltInThemeName } from '../../src/theme/presets/index';
import type { ColorToken, Theme, ThemeOverrides, ThemeSpace } from '../../src/theme/themeTypes';

/** The colours the builder offers: the main ones and the five built-in categories. */
export const BUILDER_COLORS = [
  'text',
  'textMuted',
  'background',
  'surface',
  'border',
  'link',
  'focus',
  'categoryAttack',
  'categoryStrike',
  'categoryDiplomacy',
  'categoryStatement',
  'categoryContext',
] as const satisfies readonly ColorToken[];

export type BuilderColor = (typeof BUILDER_COLORS)[number];

/** Everything the builder's controls hold. Numbers where the control is a number; the theme gets CSS strings. */
export interface BuilderSettings {
  base: BuiltInThemeName;
  name: string;
  colors: Record<BuilderColor, string>;
  fontFamily: string;
  headingFamily: string;
  lineHeight: number;
  /** Multiplies every spacing step of the base. */
  spaceScale: number;
  /** Corner radius of buttons and cards, px; small and large corners follow in proportion. */
  radius: number;
  /** Width of the focus ring, px. */
  focusStroke: number;
  /** Length of transitions, ms. */
  motionMs: number;
}

const ROOT_FONT_PX = 16;

/** A CSS length as px: `0.375rem` → 6, `3px` → 3, `0` → 0; NaN for anything else. */
export function lengthInPx(value: string): number {
  const match = /^(-?\d*\.?\d+)(px|rem|em)?$/.exec(value.trim());
  if (!match) return Number.NaN;
  const amount = Number(match[1]);
  return match[2] === 'rem' || match[2] === 'em' ? amount * ROOT_FONT_PX : amount;
}

/** A CSS time as ms: `160ms` → 160, `0.2s` → 200. */
export function timeInMs(value: string): number {
  const match = /^(\d*\.?\d+)(ms|s)$/.exec(value.trim());
  if (!match) return Number.NaN;
  return match[2] === 's' ? Number(match[1]) * 1000 : Number(match[1]);
}

const round = (value: number, places = 3) => Number(value.toFixed(places));

/** The controls as the base theme sets them: nothing changed yet. */
export function settingsFromBase(base: BuiltInThemeName, name = 'newsroom'): BuilderSettings {
  const theme = themes[base];
  return {
    base,
    name,
    colors: Object.fromEntries(BUILDER_COLORS.map((key) => [key, theme.colors[key]])) as Record<BuilderColor, string>,
    fontFamily: theme.font.family,
    headingFamily: theme.font.headingFamily,
    lineHeight: Number(theme.font.lineHeight),
    spaceScale: 1,
    radius: round(lengthInPx(theme.radius.medium), 1),
    focusStroke: lengthInPx(theme.stroke.focus),
    motionMs: timeInMs(theme.motion.duration),
  };
}

/** `0.25rem` × 1.2 → `0.3rem`: the number scaled, the unit kept. */
function scaleLength(value: string, factor: number): string {
  const match = /^(\d*\.?\d+)([a-z%]*)$/.exec(value.trim());
  return match ? `${round(Number(match[1]) * factor)}${match[2]}` : value;
}

function scaledSpace(space: ThemeSpace, factor: number): ThemeSpace {
  return Object.fromEntries(Object.entries(space).map(([step, value]) => [step, scaleLength(value, factor)])) as never;
}

/**
 * What `createTheme` needs on top of the base: only the values the controls moved away from it, so the code an
 * editor copies says what their theme changes and nothing else.
 */
export function overridesFrom(settings: BuilderSettings): ThemeOverrides {
  const base: Theme = themes[settings.base];
  const start = settingsFromBase(settings.base);
  const overrides: ThemeOverrides = { name: settings.name };

  const colors = BUILDER_COLORS.filter((key) => settings.colors[key].toLowerCase() !== base.colors[key].toLowerCase());
  if (colors.length) overrides.colors = Object.fromEntries(colors.map((key) => [key, settings.colors[key]]));

  const font: ThemeOverrides['font'] = {};
  if (settings.fontFamily !== start.fontFamily) font.family = settings.fontFamily;
  if (settings.headingFamily !== start.headingFamily) font.headingFamily = settings.headingFamily;
  if (settings.lineHeight !== start.lineHeight) font.lineHeight = String(settings.lineHeight);
  if (Object.keys(font).length) overrides.font = font;

  if (settings.spaceScale !== 1) overrides.space = scaledSpace(base.space, settings.spaceScale);
  if (settings.radius !== start.radius) {
    const r = settings.radius;
    overrides.radius = { small: `${Math.round(r / 3)}px`, medium: `${r}px`, large: `${Math.round((r * 4) / 3)}px` };
  }
  if (settings.focusStroke !== start.focusStroke) overrides.stroke = { focus: `${settings.focusStroke}px` };
  if (settings.motionMs !== start.motionMs) overrides.motion = { duration: `${settings.motionMs}ms` };
  return overrides;
}
