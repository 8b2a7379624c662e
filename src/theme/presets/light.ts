import type { Theme } from '../themeTypes';
import { baseTokens } from './baseTokens';

/** The default: dark text on white, the category hues deep enough for 3:1 marks and 4.5:1 words. */
export const light: Theme = {
  ...baseTokens,
  name: 'light',
  colorScheme: 'light',
  colors: {
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
  },
};
