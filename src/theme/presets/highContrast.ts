import type { Theme } from '../themeTypes';
import { baseTokens } from './baseTokens';

/** Black and white with a yellow focus ring: every text pair near or above 7:1 (AAA), boundaries in white. */
export const highContrast: Theme = {
  ...baseTokens,
  name: 'highContrast',
  colorScheme: 'dark',
  colors: {
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
  },
};
