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

/** Links ordered by cause, with their ends as prepared indexes, for linksInView. */
export function indexLinks(linksByCause: ReadonlyMap<string, CausalLink[]>, events: readonly { id: string }[]) {
  const indexById = new Map(events.map((event, i) => [event.id, i]));
  const links = events.flatMap((event) => linksByCause.get(event.id) ?? []);
  return {
    links,
    from: Int32Array.from(links, (link) => indexById.get(link.fromId) ?? -1),
    to: Int32Array.from(links, (link) => indexById.get(link.toId) ?? -1),
  } satisfies IndexedLinks;
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
