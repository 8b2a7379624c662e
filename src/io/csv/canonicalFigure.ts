import type { Figure, FigureObject } from '../../schema/figure';

/**
 * A figure in the one form the CSV writes it: what it means, as `formatFigure` shows it. A plain count stays a
 * number (`{ value: 3 }` → `3`); "at least" and "more than" are lower bounds (`{ value: 40, qualifier: "at-least" }`
 * → `{ min: 40, qualifier: "at-least" }`); "up to" is an upper bound; a lower bound alone is "at least" unless it
 * says "more than", an upper bound alone is "up to". The source's wording is trimmed, and dropped when empty.
 */
export function canonicalFigure(figure: Figure): Figure {
  if (typeof figure === 'number') return figure;
  const text = figure.text?.trim() || undefined;
  const words = text === undefined ? {} : { text };
  const { value, min, max, qualifier } = figure;
  if (value !== undefined) {
    if (qualifier === 'at-least' || qualifier === 'more-than') return { min: value, qualifier, ...words };
    if (qualifier === 'up-to') return { max: value, qualifier, ...words };
    if (qualifier === undefined && text === undefined) return value;
    return { value, ...(qualifier !== undefined && { qualifier }), ...words };
  }
  if (min !== undefined && max !== undefined)
    return { min, max, ...(qualifier !== undefined && { qualifier }), ...words };
  if (min !== undefined) return { min, qualifier: qualifier === 'more-than' ? 'more-than' : 'at-least', ...words };
  if (max !== undefined) return { max, qualifier: 'up-to', ...words };
  return words as FigureObject;
}
