import { locatedEvents, type GeoBox, type MapPointEvent } from './mapPoints';
import { MERCATOR_MAX_LAT, mercatorLat, mercatorY } from './mercator';

export interface MapFrameOptions {
  /** Share of the located events the frame must hold, 0–1. Default 0.9. */
  share?: number;
  /** Width ÷ height of the map's drawing area: the frame is widened or heightened to fill it. Default 4/3. */
  aspect?: number;
  /** Margin added on each side, as a share of the framed width. Default 0.12. */
  padding?: number;
  /** Smallest width framed, degrees of longitude (before padding), so one place still shows its region. Default 3. */
  minSpan?: number;
}

/** Above this many distinct places, nearby ones are pooled on a grid first (the search is cubic in places). */
const MAX_CELLS = 160;
const GRIDS = [0, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30];

interface Cell {
  x: number;
  y: number;
  weight: number;
  /** Extent of the events pooled here, Mercator degree units. */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

function cellsOf(points: readonly { x: number; y: number }[]): Cell[] {
  let cells: Cell[] = [];
  for (const grid of GRIDS) {
    const byKey = new Map<string, Cell & { sx: number; sy: number }>();
    for (const { x, y } of points) {
      const key = grid ? `${Math.floor(x / grid)},${Math.floor(y / grid)}` : `${x},${y}`;
      const cell = byKey.get(key);
      if (cell) {
        cell.sx += x;
        cell.sy += y;
        cell.weight += 1;
        cell.x0 = Math.min(cell.x0, x);
        cell.x1 = Math.max(cell.x1, x);
        cell.y0 = Math.min(cell.y0, y);
        cell.y1 = Math.max(cell.y1, y);
      } else {
        byKey.set(key, { x, y, sx: x, sy: y, weight: 1, x0: x, x1: x, y0: y, y1: y });
      }
    }
    cells = [...byKey.values()].map(({ sx, sy, ...cell }) => ({ ...cell, x: sx / cell.weight, y: sy / cell.weight }));
    if (cells.length <= MAX_CELLS) break;
  }
  return cells;
}

interface Best {
  cost: number;
  weight: number;
  members: Cell[];
}

/**
 * The core: the places, holding at least `need` events, whose box lets the map zoom in furthest, i.e. the
 * smallest max(width, height × aspect) in Mercator units. Exhaustive over west and east edges (each can
 * only exclude `total − need` events), with the tightest latitude window for each pair.
 */
function densestCore(cells: Cell[], need: number, aspect: number, minSpan: number): Cell[] {
  const byX = [...cells].sort((a, b) => a.x - b.x || a.y - b.y);
  const rank = new Map(byX.map((cell, i) => [cell, i]));
  const byY = [...cells].sort((a, b) => a.y - b.y || a.x - b.x);
  const prefix = [0];
  for (const cell of byX) prefix.push(prefix[prefix.length - 1]! + cell.weight);
  const total = prefix[prefix.length - 1]!;
  const budget = total - need;
  let best: Best = { cost: Infinity, weight: -1, members: byX };
  for (let i = 0; i < byX.length && prefix[i]! <= budget; i++) {
    if (i > 0 && byX[i - 1]!.x === byX[i]!.x) continue;
    for (let j = i; j < byX.length; j++) {
      if (j + 1 < byX.length && byX[j + 1]!.x === byX[j]!.x) continue;
      if (prefix[i]! + (total - prefix[j + 1]!) > budget) continue;
      const dx = byX[j]!.x - byX[i]!.x;
      if (Math.max(dx, minSpan) > best.cost) break;
      const inRange = byY.filter((cell) => {
        const r = rank.get(cell)!;
        return r >= i && r <= j;
      });
      let lo = 0;
      let sum = 0;
      for (let hi = 0; hi < inRange.length; hi++) {
        sum += inRange[hi]!.weight;
        while (sum - inRange[lo]!.weight >= need) sum -= inRange[lo++]!.weight;
        if (sum < need) continue;
        const dy = inRange[hi]!.y - inRange[lo]!.y;
        const cost = Math.max(dx, dy * aspect, minSpan);
        if (cost < best.cost - 1e-9 || (Math.abs(cost - best.cost) <= 1e-9 && sum > best.weight)) {
          best = { cost, weight: sum, members: inRange.slice(lo, hi + 1) };
        }
      }
    }
  }
  return best.members;
}

/** [lo, hi] of length `size` centred on `centre`, slid (not shrunk) to stay within [min, max] when it can. */
function fitRange(centre: number, size: number, min: number, max: number): [number, number] {
  if (size >= max - min) return [min, max];
  const lo = Math.min(Math.max(centre - size / 2, min), max - size);
  return [lo, lo + size];
}

/**
 * The box a map inset should show: the smallest region holding at least `share` (90 %) of the located events
 * (measured as the map draws it, so a far-off event, such as a statement in Washington, is left out instead of
 * shrinking everything else to dots), padded, and widened or heightened to the map's aspect. Events outside it
 * are for the caller to name in words (see frameEvents). Null when no event has coordinates.
 * Does not handle regions that straddle the antimeridian (180°).
 */
export function mapFrame(
  events: readonly MapPointEvent[] | null | undefined,
  options: MapFrameOptions = {},
): GeoBox | null {
  const located = locatedEvents(events);
  if (located.length === 0) return null;
  const share = typeof options.share === 'number' && options.share > 0 ? Math.min(1, options.share) : 0.9;
  const aspect =
    typeof options.aspect === 'number' && options.aspect > 0 && Number.isFinite(options.aspect)
      ? options.aspect
      : 4 / 3;
  const padding = typeof options.padding === 'number' && options.padding >= 0 ? options.padding : 0.12;
  const minSpan = typeof options.minSpan === 'number' && options.minSpan > 0 ? options.minSpan : 3;

  const points = located.map((event) => ({ x: event.lon, y: mercatorY(event.lat) }));
  const need = Math.max(1, Math.ceil(share * points.length - 1e-9));
  const core = densestCore(cellsOf(points), need, aspect, minSpan);
  const x0 = Math.min(...core.map((cell) => cell.x0));
  const x1 = Math.max(...core.map((cell) => cell.x1));
  const y0 = Math.min(...core.map((cell) => cell.y0));
  const y1 = Math.max(...core.map((cell) => cell.y1));

  const width = Math.max(x1 - x0, (y1 - y0) * aspect, minSpan) * (1 + 2 * padding);
  const [lon0, lon1] = fitRange((x0 + x1) / 2, width, -180, 180);
  const [yMin, yMax] = fitRange(
    (y0 + y1) / 2,
    width / aspect,
    mercatorY(-MERCATOR_MAX_LAT),
    mercatorY(MERCATOR_MAX_LAT),
  );
  return [
    [lon0, mercatorLat(yMin)],
    [lon1, mercatorLat(yMax)],
  ];
}
