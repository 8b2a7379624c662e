import type { Theme } from '../themeTypes';
import { light } from './light';

/**
 * For paper: the light colours on white with black text (browsers rarely print backgrounds), sizes in points,
 * no motion. Every theme prints with these colours under `@media print`; choose it on screen for a preview.
 */
export const print: Theme = {
  ...light,
  name: 'print',
  colors: { ...light.colors, text: '#000000', background: '#ffffff', surface: '#ffffff' },
  font: { ...light.font, sizeLabel: '8pt', sizeTick: '7.5pt' },
  motion: { duration: '0s', easing: 'linear' },
};
