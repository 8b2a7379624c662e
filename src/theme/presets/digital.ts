import type { Theme } from '../themeTypes';
import { baseTokens } from './baseTokens';

/**
 * A dark digital-native site: deep navy, bright saturated category colours, rounded cards and a cyan focus
 * ring. Inherits the host's font.
 */
export const digital: Theme = {
  ...baseTokens,
  name: 'digital',
  colorScheme: 'dark',
  colors: {
    text: '#eef2fb',
    textMuted: '#aeb8cc',
    background: '#0c1222',
    surface: '#161f35',
    border: '#7e8aa3',
    link: '#6fd3ff',
    focus: '#6fd3ff',
    target: '#33290a',

    categoryAttack: '#ff7a6b',
    categoryStrike: '#c79bff',
    categoryDiplomacy: '#3ee2c1',
    categoryStatement: '#ffc24d',
    categoryContext: '#a9b3c6',
    categoryOther: '#7599c1',

    statusConfirmed: '#6ff0a0',
    statusReported: '#8ab8ff',
    statusClaimed: '#ffab52',
    statusDenied: '#ff6f78',
    statusUnverified: '#b3bccd',

    mark: '#aeb8cc',
    markSpan: '#263150',
    cluster: '#eef2fb',
    clusterText: '#0c1222',
    relation: '#aeb8cc',
    phase: '#1b2440',
    shadow: 'rgb(0 0 0 / 0.55)',

    series1: '#eef2fb',
    series2: '#9acbe5',
    series3: '#ffab52',
    series4: '#6ff0a0',
    series5: '#c69aff',
    series6: '#ff6f78',
    ownCount: '#aeb8cc',

    water: '#101a30',
    land: '#1e2640',
    borderLand: '#5c6785',
  },
  font: { ...baseTokens.font, weightTitle: '800', sizeTitle: '1.25em' },
  radius: { small: '4px', medium: '0.75rem', large: '1rem' },
  stroke: { ...baseTokens.stroke, mark: '2px', series: '2.5px' },
  motion: { duration: '220ms', easing: 'cubic-bezier(0.2, 0.8, 0.2, 1)' },
  geometry: { ...baseTokens.geometry, markRadius: 7 },
};
