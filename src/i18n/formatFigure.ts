import type { Figure } from '../schema/index';
import { numberFormat } from './intl';
import { interpolate } from './interpolate';
import { en, type Messages, type FigureQualifier } from './messages';

export interface FormatFigureOptions {
  /** BCP 47 locale for digits and grouping: "1,200" in en, "١٬٢٠٠" in ar-IQ. */
  locale: string;
  messages?: Messages;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

function formatRange(nf: Intl.NumberFormat, min: number, max: number): string {
  if (min === max) return nf.format(min);
  // formatRange is ES2023; older engines get an en dash between two numbers.
  return typeof nf.formatRange === 'function' ? nf.formatRange(min, max) : `${nf.format(min)}–${nf.format(max)}`;
}

/**
 * A reported number in words, as the source worded it: 3 → "3", {min:2,max:3} → "2–3",
 * {min:40,qualifier:'more-than'} → "more than 40", {value:1200,qualifier:'about'} → "about 1,200",
 * {text:'several'} → "several". Returns "" for something that is not a figure.
 */
export function formatFigure(figure: Figure | null | undefined, options: FormatFigureOptions): string {
  const messages = options.messages ?? en;
  const nf = numberFormat(options.locale);
  if (isCount(figure)) return nf.format(figure);
  if (!figure || typeof figure !== 'object') return '';
  const words = typeof figure.text === 'string' ? figure.text.trim() : '';
  let core: string;
  let qualifier: FigureQualifier | undefined = figure.qualifier;
  if (isCount(figure.value)) {
    core = nf.format(figure.value);
  } else if (isCount(figure.min) && isCount(figure.max)) {
    core = formatRange(nf, figure.min, figure.max);
  } else if (isCount(figure.min)) {
    core = nf.format(figure.min);
    qualifier ??= 'at-least';
  } else if (isCount(figure.max)) {
    core = nf.format(figure.max);
    qualifier ??= 'up-to';
  } else {
    return words;
  }
  const template = (qualifier && messages.qualifier[qualifier]) || messages.qualifier.exact;
  const text = interpolate(template, { n: core });
  return words && words !== text && words !== core
    ? interpolate(messages.figureWithWords, { figure: text, words })
    : text;
}

/** True when the figure says "none" (0, exactly): shown as "no deaths" rather than "0 killed". */
export function isZeroFigure(figure: Figure | null | undefined): boolean {
  if (figure === 0) return true;
  if (!figure || typeof figure !== 'object') return false;
  return figure.value === 0 && (figure.qualifier === undefined || figure.qualifier === 'exact') && !figure.text;
}
