import type { CausalLink } from './causalLinks';

/** The dataset's cause → response pairs by position in the prepared events, built once (see indexLinks). */
export interface IndexedLinks {
  /** Causes in time order; a cause's links in the order causalLinks found them. */
  links: CausalLink[];
  /** `from[k]`, `to[k]`: prepared indexes of link k's cause and response (-1: not on the axis). */
  from: Int32Array;
  to: Int32Array;
}

/** One link standing for `count` links between the same two marks. */
export type MergedLink = CausalLink & { count: number };

/**
 * Links with their ends as prepared indexes, ordered by cause (stable: a cause's links keep causalLinks' order),
 * for linksInView. Links whose cause is not on the axis are left out.
 */
export function indexLinks(links: readonly CausalLink[], indexById: ReadonlyMap<string, number>): IndexedLinks {
  const from = links.map((link) => indexById.get(link.fromId) ?? -1);
  // A counting sort by cause index: linear, and stable.
  let top = -1;
  for (const index of from) top = Math.max(top, index);
  const counts = new Int32Array(top + 2);
  for (const index of from) if (index >= 0) counts[index + 1]!++;
  for (let i = 1; i < counts.length; i++) counts[i]! += counts[i - 1]!;
  const total = counts[counts.length - 1]!;
  const ordered: CausalLink[] = new Array(total);
  const fromOut = new Int32Array(total);
  links.forEach((link, k) => {
    const index = from[k]!;
    if (index < 0) return;
    const at = counts[index]!++;
    ordered[at] = link;
    fromOut[at] = index;
  });
  return {
    links: ordered,
    from: fromOut,
    to: Int32Array.from(ordered, (link) => indexById.get(link.toId) ?? -1),
  };
}

/**
 * The links to draw between the marks in view (`markOf`, see sweepLaneMarks): both ends shown, in different marks,
 * one link per pair of marks counting the ones it stands for. The selected event's links come first, so one of
 * them stands for its pair. Typed arrays only: 30,000 links cost a millisecond.
 */
export function linksInView(
  indexed: IndexedLinks,
  markOf: Int32Array,
  options: { show: 'all' | 'none' | 'selected'; selectedIndex: number },
): MergedLink[] {
  const { show, selectedIndex } = options;
  if (show === 'none' || (show === 'selected' && selectedIndex < 0)) return [];
  const { links, from, to } = indexed;
  const kept: MergedLink[] = [];
  const byPair = new Map<number, MergedLink>();
  const markCount = markOf.length + 1;
  const touches = (k: number) => from[k] === selectedIndex || to[k] === selectedIndex;
  const visit = (k: number) => {
    const a = from[k]! >= 0 ? markOf[from[k]!]! : -1;
    const b = to[k]! >= 0 ? markOf[to[k]!]! : -1;
    if (a < 0 || b < 0 || a === b) return;
    const pair = a * markCount + b;
    const same = byPair.get(pair);
    if (same) same.count++;
    else {
      const link = { ...links[k]!, count: 1 };
      byPair.set(pair, link);
      kept.push(link);
    }
  };
  if (selectedIndex >= 0) for (let k = 0; k < links.length; k++) if (touches(k)) visit(k);
  if (show === 'selected') return kept;
  for (let k = 0; k < links.length; k++) if (selectedIndex < 0 || !touches(k)) visit(k);
  return kept;
}
