import type { Theme } from '../themeTypes';
import { baseTokens } from './baseTokens';

/** Light text on a near-black blue-grey; category hues kept, lifted until they reach 4.5:1 on every surface. */
export const dark: Theme = {
  ...baseTokens,
  name: 'dark',
  colorScheme: 'dark',
  colors: {
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
  },
};
