import { contrastRatio } from './contrast';
import type { ColorToken, ThemeColors } from './tokens';

/** One pair of tokens that must reach a minimum ratio: 4.5 for text (SC 1.4.3), 3 for marks and boundaries (SC 1.4.11). */
export interface ContrastCheck {
  foreground: ColorToken;
  background: ColorToken;
  minimum: 4.5 | 3;
  /** What the pair is, in a few words (shown in the accessibility statement). */
  use: string;
}

export interface ContrastResult extends ContrastCheck {
  ratio: number;
}

const CATEGORIES: ColorToken[] = [
  'categoryAttack',
  'categoryStrike',
  'categoryDiplomacy',
  'categoryStatement',
  'categoryContext',
  'categoryOther',
];
const STATUSES: ColorToken[] = [
  'statusConfirmed',
  'statusReported',
  'statusClaimed',
  'statusDenied',
  'statusUnverified',
];
const SERIES: ColorToken[] = ['series1', 'series2', 'series3', 'series4', 'series5', 'series6', 'ownCount'];

function each(foregrounds: ColorToken[], backgrounds: ColorToken[], minimum: 4.5 | 3, use: string): ContrastCheck[] {
  return foregrounds.flatMap((foreground) =>
    backgrounds.map((background) => ({ foreground, background, minimum, use })),
  );
}

/**
 * Every pair the stylesheet draws one token on another. Text sits on the background, on cards (surface), on
 * phase bands (axis and lane labels), on the highlighted target event and, on the map, on land (labels carry
 * a land-coloured halo). Marks sit on the background, cards and phase bands, and on the map's land and water.
 */
export const CONTRAST_CHECKS: readonly ContrastCheck[] = [
  ...each(['text', 'textMuted', 'link'], ['background', 'surface', 'target'], 4.5, 'text'),
  ...each(['text', 'textMuted'], ['phase', 'land'], 4.5, 'label on a phase band or on land'),
  ...each(STATUSES, ['background', 'surface'], 4.5, 'claim status, written in its colour'),
  ...each(SERIES, ['background'], 4.5, 'intensity line and its label'),
  { foreground: 'clusterText', background: 'cluster', minimum: 4.5, use: 'count on a cluster' },
  { foreground: 'background', background: 'text', minimum: 4.5, use: 'pressed button, hint (inverted text)' },
  ...each(['focus', 'border'], ['background', 'surface'], 3, 'focus ring, control boundary'),
  ...each(['mark', 'cluster', 'relation', ...CATEGORIES], ['background', 'surface', 'phase'], 3, 'mark'),
  ...each(['mark', 'cluster', 'focus'], ['land', 'water'], 3, 'map point and its selection ring'),
];

/** The ratio of every check for one theme's colours, in the order of CONTRAST_CHECKS. */
export function measureContrast(colors: ThemeColors): ContrastResult[] {
  return CONTRAST_CHECKS.map((check) => ({
    ...check,
    ratio: contrastRatio(colors[check.foreground], colors[check.background]),
  }));
}
