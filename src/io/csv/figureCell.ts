import type { Figure, FigureObject } from '../../schema/figure';
import { canonicalFigure } from './canonicalFigure';

type Qualifier = NonNullable<FigureObject['qualifier']>;

const QUALIFIER_WORDS: [RegExp, Qualifier][] = [
  [/^exactly$/, 'exact'],
  [/^(about|around|approximately|approx\.?|roughly|some|~)$/, 'about'],
  [/^(at least|no fewer than|no less than)$/, 'at-least'],
  [/^(more than|over|upwards of)$/, 'more-than'],
  [/^(up to|as many as|at most)$/, 'up-to'],
  [/^(nearly|almost)$/, 'nearly'],
];
const QUALIFIER =
  'exactly|about|around|approximately|approx\\.?|roughly|some|~|at least|no fewer than|no less than|more than|over|upwards of|up to|as many as|at most|nearly|almost';
const NUMBER = '\\d{1,3}(?:[,\\u00a0\\u202f]\\d{3})+|\\d+';
const FORM = new RegExp(
  `^(?:(${QUALIFIER})\\s*)?(${NUMBER})(?:\\s*(?:-|–|—|to)\\s*(${NUMBER}))?(\\+)?(?:\\s+"([\\s\\S]*)")?$`,
  'i',
);
const NUMBER_LIKE = /^[-−+]?\s*\d[\d.,\s]*$/;

const PHRASES: Record<Qualifier, string> = {
  exact: 'exactly ',
  about: 'about ',
  'at-least': 'at least ',
  'more-than': 'more than ',
  'up-to': 'up to ',
  nearly: 'nearly ',
};

export interface FigureCell {
  figure?: Figure;
  /** What is wrong with the cell, for an issue; `figure` is then absent. */
  problem?: string;
}

const toCount = (digits: string) => Number(digits.replace(/[^\d]/g, ''));

function qualifierOf(words: string | undefined): Qualifier | undefined {
  if (words === undefined) return undefined;
  const normal = words.toLowerCase().replace(/\s+/g, ' ');
  return QUALIFIER_WORDS.find(([pattern]) => pattern.test(normal))?.[1];
}

/**
 * Reads a `killed` or `injured` cell: `3`, `2-3` / `2–3` / `2 to 3`, `at least 40`, `more than 40`, `40+`,
 * `about 1200`, `up to 7`, `nearly 10`, `exactly 0`, each optionally followed by the source's wording in double
 * quotes; or words alone (`several`), or words in quotes (`"3 or 4"`) when they would otherwise read as a figure.
 */
export function parseFigureCell(cell: string | undefined): FigureCell {
  const text = cell?.trim() ?? '';
  if (text === '') return {};
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    const words = text.slice(1, -1).trim();
    return words ? { figure: { text: words } } : { problem: 'empty quotes: write a figure or the words of the source' };
  }
  const m = FORM.exec(text);
  if (m) {
    const qualifier = qualifierOf(m[1]);
    const first = toCount(m[2]!);
    const second = m[3] === undefined ? undefined : toCount(m[3]);
    const words = m[5]?.trim() ? { text: m[5].trim() } : {};
    if (m[4] !== undefined && (qualifier !== undefined || second !== undefined)) {
      return { problem: `"${text}" mixes "+" with other words: write at least ${first}` };
    }
    let figure: Figure;
    if (second !== undefined) figure = { min: first, max: second, ...(qualifier && { qualifier }) };
    else if (m[4] !== undefined) figure = { min: first, qualifier: 'at-least' };
    else if (qualifier === undefined) figure = { value: first };
    else if (qualifier === 'at-least' || qualifier === 'more-than') figure = { min: first, qualifier };
    else if (qualifier === 'up-to') figure = { max: first, qualifier };
    else figure = { value: first, qualifier };
    return { figure: canonicalFigure({ ...figure, ...words }) };
  }
  if (NUMBER_LIKE.test(text)) {
    return { problem: `"${text}" is not a count: write a whole number like 3, a range like 2-3, or words` };
  }
  return { figure: { text } };
}

function core(figure: FigureObject): string | undefined {
  const phrase = figure.qualifier === undefined ? '' : PHRASES[figure.qualifier];
  if (figure.value !== undefined) return `${phrase}${figure.value}`;
  if (figure.min !== undefined && figure.max !== undefined) return `${phrase}${figure.min}–${figure.max}`;
  if (figure.min !== undefined) return `${phrase}${figure.min}`;
  if (figure.max !== undefined) return `${phrase}${figure.max}`;
  return undefined;
}

/** The cell for a figure, in the form `parseFigureCell` reads back to `canonicalFigure(figure)`. */
export function writeFigureCell(figure: Figure | undefined): string {
  if (figure === undefined) return '';
  const canonical = canonicalFigure(figure);
  if (typeof canonical === 'number') return String(canonical);
  const numbers = core(canonical);
  const words = canonical.text ?? '';
  if (numbers === undefined) {
    const read = parseFigureCell(words).figure;
    const plain = read !== undefined && typeof read === 'object' && read.text === words && core(read) === undefined;
    return plain ? words : `"${words}"`;
  }
  return words ? `${numbers} "${words}"` : numbers;
}
