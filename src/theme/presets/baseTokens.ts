import { CATEGORY_SHAPES } from '../categoryShapes';
import type { Theme } from '../themeTypes';

/**
 * Everything but the colours, shared by the light, dark, high-contrast and print presets: the host's fonts,
 * the spacing and sizes the components were designed at. The publication presets start from here.
 */
export const baseTokens: Omit<Theme, 'name' | 'colorScheme' | 'colors'> = {
  font: {
    family: 'inherit',
    headingFamily: 'inherit',
    labelFamily: 'inherit',
    lineHeight: '1.5',
    sizeSmall: '0.875em',
    sizeTitle: '1.125em',
    sizeSection: '0.8125em',
    sizeLabel: '12px',
    sizeTick: '11px',
    weightTitle: '700',
    weightStrong: '600',
    trackingCaps: '0.02em',
  },
  space: { 1: '0.25rem', 2: '0.5rem', 3: '0.75rem', 4: '1rem', 6: '1.5rem' },
  radius: { small: '2px', medium: '0.375rem', large: '0.5rem' },
  stroke: {
    hairline: '1px',
    focus: '3px',
    focusOffset: '2px',
    eventMarker: '4px',
    mark: '1.5px',
    relation: '1.6px',
    series: '2px',
    underline: '2px',
  },
  size: {
    target: '24px',
    control: '2.75rem',
    icon: '1em',
    mediaMaxInline: '36rem',
    reportMinInline: '15rem',
    tooltipMaxInline: '20rem',
    detailPanelMaxBlock: '100vh',
    detailSheetMaxBlock: '60vh',
  },
  motion: { duration: '160ms', easing: 'ease-out' },
  opacity: { dimmed: '0.55', spanFill: '0.16' },
  geometry: { laneHeight: 56, rowHeight: 16, markRadius: 6, clusterRadius: 10, minGap: 28 },
  categories: {
    attack: { shape: CATEGORY_SHAPES.burst },
    strike: { shape: CATEGORY_SHAPES.triangleDown },
    diplomacy: { shape: CATEGORY_SHAPES.ring },
    statement: { shape: CATEGORY_SHAPES.bubble },
    context: { shape: CATEGORY_SHAPES.square },
  },
};
