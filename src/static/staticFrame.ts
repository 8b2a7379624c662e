import type { LaneMode, MeasureText } from '../layout/types';
import { estimateTextWidth } from './estimateTextWidth';
import { wrapText } from './wrapText';
import { LANE_OVERHEAD, type StaticPlotModel } from './staticPlotModel';

/** Lines of text at one size: `y` is the first line's baseline, each next one `lineHeight` lower. */
export interface FrameText {
  lines: string[];
  fontSize: number;
  lineHeight: number;
  y: number;
}

/** A category in the key: its symbol and name, `x` the left of the entry and `y` the middle of its row. */
export interface KeyEntry {
  category: string;
  label: string;
  x: number;
  y: number;
  width: number;
}

export interface StaticFrame {
  width: number;
  height: number;
  /** Distance of text from the left and right edges, px. */
  margin: number;
  title: FrameText;
  subtitle: FrameText | null;
  /** Where the plot is drawn: its own units times `scale`. */
  plot: { x: number; y: number; scale: number; model: StaticPlotModel };
  note: FrameText;
  key: { entries: KeyEntry[]; fontSize: number; swatch: number };
  credit: FrameText | null;
}

export interface FrameWords {
  title: string;
  /** The line under the title on a social card (the events shown and their dates). */
  subtitle: (model: StaticPlotModel) => string;
  /** Which clock the times follow and the zone of the axis (named for the dates the plot shows). */
  note: (model: StaticPlotModel) => string;
  credit: string;
  /** The categories present, in the key's order, with their names. */
  categories: { category: string; label: string }[];
}

export interface FrameType {
  /** Title size, px (from the theme's title size on a 16 px base). */
  title: number;
  /** Small text (note, credit), px. */
  small: number;
  /** Key labels, px. */
  label: number;
}

/** Lays out the plot at a width (its own units), in a lane mode and lane height. */
export type PlotAt = (width: number, laneMode: LaneMode, laneHeight: number) => StaticPlotModel;

function block(
  text: string,
  width: number,
  fontSize: number,
  lineHeight: number,
  maxLines: number,
  y: number,
  bold = false,
) {
  const lines = text ? wrapText(text, width, estimateTextWidth(fontSize, bold), maxLines) : [];
  // The first baseline sits about 0.8 em under the top of its line box.
  const frameText: FrameText = {
    lines,
    fontSize,
    lineHeight: fontSize * lineHeight,
    y: y + (fontSize * (lineHeight - 1)) / 2 + fontSize * 0.8,
  };
  return { text: frameText, bottom: y + lines.length * fontSize * lineHeight };
}

/** Key entries packed in rows from the start edge; at most `maxRows` rows (the rest left out). */
function layoutKey(
  categories: FrameWords['categories'],
  width: number,
  fontSize: number,
  top: number,
  maxRows: number,
) {
  const swatch = Math.round(fontSize * 1.1);
  const rowHeight = Math.round(fontSize * 1.7);
  const gap = Math.round(fontSize * 1.3);
  const measure: MeasureText = estimateTextWidth(fontSize);
  const entries: KeyEntry[] = [];
  let x = 0;
  let row = 0;
  for (const { category, label } of categories) {
    const entryWidth = swatch + fontSize * 0.5 + measure(label);
    if (x > 0 && x + entryWidth > width) {
      row += 1;
      x = 0;
    }
    if (row >= maxRows) break;
    entries.push({ category, label, x, y: top + row * rowHeight + rowHeight / 2, width: Math.min(entryWidth, width) });
    x += entryWidth + gap;
  }
  const rows = entries.length ? row + 1 : 0;
  return { entries, swatch, bottom: top + Math.min(rows, maxRows) * rowHeight };
}

function shift(entries: KeyEntry[], dx: number): KeyEntry[] {
  return entries.map((entry) => ({ ...entry, x: entry.x + dx }));
}

/**
 * An article-width picture: title, the plot at the full width less the margins, the note on time zones, the key
 * and the credit, each as tall as its content.
 */
export function articleFrame(
  width: number,
  words: FrameWords,
  type: FrameType,
  plotAt: PlotAt,
  lanes: { laneHeight: number; rowHeight: number },
): StaticFrame {
  const margin = 16;
  const inner = width - 2 * margin;
  const title = block(words.title, inner, type.title, 1.3, 3, margin, true);
  // Below this width the Timeline puts every event in one lane (singleLaneBelow): so does the picture.
  const single = inner < 480;
  const model = plotAt(inner, single ? 'single' : 'actor', lanes.laneHeight + (single ? lanes.rowHeight : 0));
  const plotTop = title.bottom + 8;
  const note = block(words.note(model), inner, type.small, 1.4, 3, plotTop + model.height + 4);
  const key = layoutKey(words.categories, inner, type.label, note.bottom + 6, Number.POSITIVE_INFINITY);
  const credit = words.credit ? block(words.credit, inner, type.small, 1.4, 2, key.bottom + 4) : null;
  return {
    width,
    height: Math.ceil((credit?.bottom ?? key.bottom) + margin),
    margin,
    title: title.text,
    subtitle: null,
    plot: { x: margin, y: plotTop, scale: 1, model },
    note: note.text,
    key: { entries: shift(key.entries, margin), fontSize: type.label, swatch: key.swatch },
    credit: credit?.text ?? null,
  };
}

export const SOCIAL_WIDTH = 1200;
export const SOCIAL_HEIGHT = 630;
/** The plot is drawn up to half as large again on a social card: legible as a thumbnail, room for fewer labels. */
const SOCIAL_SCALE = 1.5;
/** Lanes are kept only if they can be drawn at least this large; else every event goes in one lane. */
const SOCIAL_MIN_SCALE = 1.1;

/**
 * The largest plot that fits `room`: lanes by actor, then by category, with two label rows each, then one; when
 * none can be drawn large enough, one lane with as many label rows as fit (at most six).
 */
function fitSocialPlot(
  inner: number,
  room: number,
  plotAt: PlotAt,
  rowHeight: number,
): { model: StaticPlotModel; scale: number } {
  for (const laneMode of ['actor', 'category'] as const) {
    for (const rows of [2, 1]) {
      const laneHeight = LANE_OVERHEAD + rows * rowHeight;
      // The height does not depend on the width: lay out once to count the lanes, then at the width the scale gives.
      const height = plotAt(inner / SOCIAL_SCALE, laneMode, laneHeight).height;
      const scale = Math.min(SOCIAL_SCALE, room / height);
      if (scale >= SOCIAL_MIN_SCALE) return { model: plotAt(inner / scale, laneMode, laneHeight), scale };
    }
  }
  const fixed = plotAt(inner / SOCIAL_SCALE, 'single', LANE_OVERHEAD + rowHeight).height - LANE_OVERHEAD - rowHeight;
  const rows = Math.max(1, Math.min(6, Math.floor((room / SOCIAL_SCALE - fixed - LANE_OVERHEAD) / rowHeight)));
  const model = plotAt(inner / SOCIAL_SCALE, 'single', LANE_OVERHEAD + rows * rowHeight);
  return { model, scale: Math.min(SOCIAL_SCALE, room / model.height) };
}

/**
 * A 1200 × 630 card for social networks: a large title and the line under it at the top, the key and the note at
 * the bottom, and between them the plot drawn as large as fits (see fitSocialPlot).
 */
export function socialFrame(
  words: FrameWords,
  plotAt: PlotAt,
  lanes: { laneHeight: number; rowHeight: number },
): StaticFrame {
  const width = SOCIAL_WIDTH;
  const height = SOCIAL_HEIGHT;
  const margin = 48;
  const inner = width - 2 * margin;
  const title = block(words.title, inner, 44, 1.15, 2, 36, true);
  const noteTop = height - 32 - 18 * 1.3;
  const keyRow = Math.round(20 * 1.7);
  const key = layoutKey(words.categories, inner, 20, noteTop - 8 - keyRow, 1);
  const top = title.bottom + 6 + 24 * 1.3 + 20;
  const room = noteTop - 8 - keyRow - 16 - top;

  const { model, scale } = fitSocialPlot(inner, room, plotAt, lanes.rowHeight);
  const subtitle = block(words.subtitle(model), inner, 24, 1.3, 1, title.bottom + 6);
  const footnote = [words.note(model), words.credit].filter(Boolean).join(' · ');
  const note = block(footnote, inner, 18, 1.3, 1, noteTop);
  const plotHeight = model.height * scale;
  const plotWidth = model.width * scale;
  return {
    width,
    height,
    margin,
    title: title.text,
    subtitle: subtitle.text,
    plot: { x: (width - plotWidth) / 2, y: top + (room - plotHeight) / 2, scale, model },
    note: note.text,
    key: { entries: shift(key.entries, margin), fontSize: 20, swatch: key.swatch },
    credit: null,
  };
}
