import type { Theme } from '../themeTypes';
import { baseTokens } from './baseTokens';

/**
 * A sans wire service: white, dense and neutral, system sans-serif, tight spacing, small corners, a single
 * signal orange for focus and links kept blue. Built to sit in any client's page.
 */
export const wire: Theme = {
  ...baseTokens,
  name: 'wire',
  colorScheme: 'light',
  colors: {
    text: '#111418',
    textMuted: '#454c55',
    background: '#ffffff',
    surface: '#f2f4f6',
    border: '#767d87',
    link: '#0050b3',
    focus: '#c24e00',
    target: '#fff1cc',

    categoryAttack: '#a2362c',
    categoryStrike: '#763a94',
    categoryDiplomacy: '#117a65',
    categoryStatement: '#a56303',
    categoryContext: '#4c555f',
    categoryOther: '#2a4160',

    statusConfirmed: '#1e7a46',
    statusReported: '#23508f',
    statusClaimed: '#995000',
    statusDenied: '#920c1d',
    statusUnverified: '#505760',

    mark: '#454c55',
    markSpan: '#e1e5ea',
    cluster: '#111418',
    clusterText: '#ffffff',
    relation: '#454c55',
    phase: '#edf0f4',
    shadow: 'rgb(0 0 0 / 0.16)',

    series1: '#111418',
    series2: '#1e4d85',
    series3: '#995000',
    series4: '#1e7a46',
    series5: '#724fc2',
    series6: '#920c1d',
    ownCount: '#454c55',

    water: '#d6e4f0',
    land: '#eceae4',
    borderLand: '#9b978c',
  },
  font: {
    ...baseTokens.font,
    family: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    headingFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    labelFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    lineHeight: '1.4',
    sizeTitle: '1em',
    weightTitle: '800',
    trackingCaps: '0.08em',
  },
  space: { 1: '0.2rem', 2: '0.4rem', 3: '0.6rem', 4: '0.8rem', 6: '1.2rem' },
  radius: { small: '1px', medium: '2px', large: '2px' },
  motion: { duration: '120ms', easing: 'ease-out' },
  geometry: { ...baseTokens.geometry, laneHeight: 52, rowHeight: 16, markRadius: 5 },
};
