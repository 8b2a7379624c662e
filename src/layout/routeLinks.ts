import { curveNatural, line } from 'd3-shape';
import { causalLinks, type CausalLink, type LinkEvent } from './causalLinks';
import type { LinkPath } from './types';

export interface RouteLinksOptions {
  show: 'all' | 'none' | 'selected';
  selectedId?: string | null;
  /** px the arc's middle stands off the straight line, at most (a quarter of its length, at least 12 px). */
  maxLift?: number;
  /** px cut from each end so the arrow stops at the mark's edge, not its centre. */
  inset?: number;
  /**
   * causalLinks(events) computed beforehand (once per dataset); `events` is then not read. A link with a `count`
   * stands for that many between the same ends (see linksInView).
   */
  links?: readonly (CausalLink & { count?: number })[];
}

const arc = line<readonly [number, number]>().curve(curveNatural);

/** Moves p towards q by `distance` px (not past the middle). */
function toward(p: readonly [number, number], q: readonly [number, number], distance: number): [number, number] {
  const length = Math.hypot(q[0] - p[0], q[1] - p[1]);
  const t = length > 0 ? Math.min(distance / length, 0.5) : 0;
  return [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
}

/**
 * The arc's middle point: off the chord's midpoint by a quarter of its length (12 px to maxLift), on the
 * upper side, so a link within one lane arches over the marks and one across lanes bows gently (to the
 * left, earlier in time, when the chord is vertical) instead of running along a lane or a grid line.
 */
function bulge(from: { x: number; y: number }, to: { x: number; y: number }, maxLift: number): [number, number] {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  const offset = Math.min(maxLift, Math.max(12, length / 4));
  // The two normals are (dy, -dx) and (-dy, dx); take the one pointing up (or left when level).
  let [nx, ny] = [dy / length, -dx / length];
  if (ny > 0 || (ny === 0 && nx > 0)) [nx, ny] = [-nx, -ny];
  return [(from.x + to.x) / 2 + nx * offset, (from.y + to.y) / 2 + ny * offset];
}

/**
 * Arrows from cause to response (see causalLinks) between placed events. `positions` gives each event's
 * point (for an event inside a cluster, the cluster's); a link whose end has no position (not visible)
 * or whose ends coincide (same cluster) is skipped, and links between the same two points are drawn once,
 * `merged` counting them, the selected event's own link standing for the rest. Each path is a natural
 * curve (d3-shape) through a point bowed off the straight line (see bulge), so a link within one lane
 * arches above it. `selected` keeps the links that touch `selectedId`.
 */
export function routeLinks(
  events: readonly LinkEvent[],
  positions: Pick<ReadonlyMap<string, { x: number; y: number }>, 'get'>,
  options: RouteLinksOptions,
): LinkPath[] {
  const { show, selectedId, maxLift = 32, inset = 0 } = options;
  if (show === 'none' || (show === 'selected' && !selectedId)) return [];
  const all = options.links ?? causalLinks(events);
  const touches = (link: CausalLink) => link.fromId === selectedId || link.toId === selectedId;
  const touching = selectedId ? all.filter(touches) : [];
  // The selected event's links go first, so they are the ones kept when paths coincide.
  const ordered =
    show === 'selected' ? touching : touching.length ? [...touching, ...all.filter((l) => !touches(l))] : all;
  const byPoints = new Map<string, LinkPath>();
  // Fast path when the caller shares one position object per mark (layoutTimeline does): no string keys.
  const byObjects = new Map<object, Map<object, LinkPath>>();
  for (const { fromId, toId, type, count = 1 } of ordered as (CausalLink & { count?: number })[]) {
    const from = positions.get(fromId);
    const to = positions.get(toId);
    if (!from || !to || (from.x === to.x && from.y === to.y)) continue;
    let targets = byObjects.get(from);
    if (!targets) byObjects.set(from, (targets = new Map()));
    const key = targets.has(to) ? '' : `${from.x},${from.y},${to.x},${to.y}`;
    const same = targets.get(to) ?? byPoints.get(key);
    if (same) {
      targets.set(to, same);
      same.merged = (same.merged ?? 1) + count;
      continue;
    }
    const apex = bulge(from, to, maxLift);
    const d = arc([toward([from.x, from.y], apex, inset), apex, toward([to.x, to.y], apex, inset)]) ?? '';
    const link: LinkPath = { id: `${fromId}→${toId}:${type}`, fromId, toId, type, d };
    if (count > 1) link.merged = count;
    byPoints.set(key, link);
    targets.set(to, link);
  }
  return [...byPoints.values()];
}
