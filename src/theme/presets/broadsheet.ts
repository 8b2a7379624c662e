import type { Theme } from '../themeTypes';
import { baseTokens } from './baseTokens';

/**
 * A serif broadsheet: warm newsprint, ink-dark text, serif type throughout (system serif faces, no web
 * font), generous spacing, square corners and thin rules.
 */
export const broadsheet: Theme = {
  ...baseTokens,
  name: 'broadsheet',
  colorScheme: 'light',
  colors: {
    text: '#1f1a14',
    textMuted: '#51493e',
    background: '#fbf8f1',
    surface: '#f3eee3',
    border: '#7d7466',
    link: '#7a1f1f',
    focus: '#1f4e8c',
    target: '#f6e7b4',

    categoryAttack: '#ad4b43',
    categoryStrike: '#5e3a8f',
    categoryDiplomacy: '#206461',
    categoryStatement: '#794f00',
    categoryContext: '#48433e',
    categoryOther: '#31445c',

    statusConfirmed: '#2d6f48',
    statusReported: '#294c7e',
    statusClaimed: '#8a4c05',
    statusDenied: '#7e1416',
    statusUnverified: '#504d4a',

    mark: '#51493e',
    markSpan: '#e4ddcd',
    cluster: '#1f1a14',
    clusterText: '#fbf8f1',
    relation: '#51493e',
    phase: '#efe8d9',
    shadow: 'rgb(40 30 10 / 0.18)',

    series1: '#1f1a14',
    series2: '#1f4a73',
    series3: '#8a4c05',
    series4: '#2d6f48',
    series5: '#6e47ad',
    series6: '#7e1416',
    ownCount: '#51493e',

    water: '#dde5e6',
    land: '#efe8d9',
    borderLand: '#a09682',
  },
  font: {
    ...baseTokens.font,
    family: "Georgia, Cambria, 'Times New Roman', Times, serif",
    headingFamily: "Georgia, Cambria, 'Times New Roman', Times, serif",
    labelFamily: "Georgia, Cambria, 'Times New Roman', Times, serif",
    lineHeight: '1.6',
    sizeTitle: '1.375em',
    weightTitle: '700',
    trackingCaps: '0.06em',
  },
  space: { 1: '0.3rem', 2: '0.6rem', 3: '0.9rem', 4: '1.25rem', 6: '1.875rem' },
  radius: { small: '0', medium: '0', large: '0' },
  stroke: { ...baseTokens.stroke, eventMarker: '2px', underline: '1px' },
  geometry: { ...baseTokens.geometry, laneHeight: 72 },
};
