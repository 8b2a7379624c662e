import { truncateLabel } from './truncateLabel';
import type { MeasureText } from './types';

/** A point or area that would like a label, in the order labels should be placed (most important first). */
export interface MapLabelCandidate {
  key: string;
  text: string;
  /** Centre of the point (or of the area), px. */
  x: number;
  y: number;
  /** Radius of the point drawn there: its label goes beside it. 0: the label is centred on (x, y), as a country name is. */
  r: number;
  /** Leave the label out (instead of shortening it) when its text is wider than this, px. */
  fit?: number;
}

/** A drawn point that labels must keep clear of. */
export interface MapCircle {
  x: number;
  y: number;
  r: number;
}

export interface MapLabelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A label placed: draw `text` at (x, y) with this text-anchor and `dominant-baseline: central`. */
export interface PlacedMapLabel {
  key: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: MapLabelBox;
  truncated: boolean;
}

export interface PlaceMapLabelsOptions {
  measureText: MeasureText;
  /** The drawing area, px: labels stay inside it. */
  width: number;
  height: number;
  /** Height of one line of label text, px. */
  lineHeight: number;
  /** Longer labels are shortened with "…". Default: a third of `width`. */
  maxWidth?: number;
  /** Points that no label may cover. */
  obstacles?: readonly MapCircle[];
  /** Labels already on the map (place names, when placing country names): nothing may cover them. */
  placed?: readonly PlacedMapLabel[];
  /** px kept clear between a label and its point, and around every label. Default 3. */
  gap?: number;
  /** Place at most this many labels. Default: all that fit. */
  limit?: number;
}

function overlaps(a: MapLabelBox, b: MapLabelBox): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function coversCircle(box: MapLabelBox, circle: MapCircle): boolean {
  const dx = Math.max(box.x0 - circle.x, 0, circle.x - box.x1);
  const dy = Math.max(box.y0 - circle.y, 0, circle.y - box.y1);
  // A label beside its own point touches it exactly (at gap px, padded by gap): rounding must not count that.
  const r = Math.max(0, circle.r - 1e-6);
  return dx * dx + dy * dy < r * r;
}

/**
 * Places map labels greedily, in candidate order: beside a point (right, left, above, below: the first
 * spot that fits) or centred on an area; a label that would leave the map, cover a point or touch another
 * label is dropped. Pure and deterministic; text width comes from `measureText`.
 */
export function placeMapLabels(
  candidates: readonly MapLabelCandidate[],
  options: PlaceMapLabelsOptions,
): PlacedMapLabel[] {
  const { measureText, width, height, lineHeight } = options;
  const gap = options.gap ?? 3;
  const maxWidth = options.maxWidth ?? width / 3;
  const limit = options.limit ?? Infinity;
  const obstacles = options.obstacles ?? [];
  const taken: MapLabelBox[] = (options.placed ?? []).map((label) => label.box);
  const placed: PlacedMapLabel[] = [];
  const half = lineHeight / 2;

  for (const candidate of candidates) {
    if (placed.length >= limit) break;
    if (!candidate.text || !Number.isFinite(candidate.x) || !Number.isFinite(candidate.y)) continue;
    const fullWidth = measureText(candidate.text);
    if (candidate.fit !== undefined && !(fullWidth <= candidate.fit)) continue;
    const fitted = truncateLabel(candidate.text, maxWidth, measureText, fullWidth);
    if (!fitted) continue;
    const w = fitted.width;
    const { x, y } = candidate;
    const d = candidate.r + gap;
    const spots: Omit<PlacedMapLabel, 'key' | 'text' | 'truncated'>[] =
      candidate.r > 0
        ? [
            { x: x + d, y, anchor: 'start', box: { x0: x + d, y0: y - half, x1: x + d + w, y1: y + half } },
            { x: x - d, y, anchor: 'end', box: { x0: x - d - w, y0: y - half, x1: x - d, y1: y + half } },
            {
              x,
              y: y - d - half,
              anchor: 'middle',
              box: { x0: x - w / 2, y0: y - d - lineHeight, x1: x + w / 2, y1: y - d },
            },
            {
              x,
              y: y + d + half,
              anchor: 'middle',
              box: { x0: x - w / 2, y0: y + d, x1: x + w / 2, y1: y + d + lineHeight },
            },
          ]
        : [{ x, y, anchor: 'middle', box: { x0: x - w / 2, y0: y - half, x1: x + w / 2, y1: y + half } }];
    const spot = spots.find(({ box }) => {
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height) return false;
      const padded = { x0: box.x0 - gap, y0: box.y0 - gap, x1: box.x1 + gap, y1: box.y1 + gap };
      return (
        !taken.some((other) => overlaps(padded, other)) && !obstacles.some((circle) => coversCircle(padded, circle))
      );
    });
    if (!spot) continue;
    taken.push(spot.box);
    placed.push({ key: candidate.key, text: fitted.text, truncated: fitted.truncated, ...spot });
  }
  return placed;
}
