import { bisectLeft, bisectRight } from 'd3-array';
import type { TimelineEvent } from '../schema/event';
import type { FigureStatus } from './figureStatus';
import type { LaneSequence, LaneSequences } from './laneSequences';
import type { ClusterMark, Domain, EventExtent, EventMark, Mark } from './types';

export interface SweepInput {
  events: readonly TimelineEvent[];
  extents: readonly EventExtent[];
  /** `extents[i].start` and `.end`: typed arrays read far faster than objects in the loop. */
  starts: Float64Array;
  ends: Float64Array;
  /** Per prepared event: where its symbol sits, epoch ms (see symbolTime). */
  symbols: Float64Array;
  figures: readonly FigureStatus[];
  lanes: readonly LaneSequences[];
  laneKeys: readonly string[];
  /** y of each lane's marks, px. */
  laneY: readonly number[];
}

export interface SweepOptions {
  domain: Domain;
  width: number;
  minGap: number;
  maxWidth: number;
  /** Mirror x (width - x) for an axis running right to left; clusters form the same either way. */
  mirror: boolean;
}

export interface SweptMarks {
  /** In the order of their first member's symbol, left to right in time (as clusterMarks orders them). */
  marks: Mark[];
  /** `markOf[i]`: index in `marks` of the mark showing prepared event i, or -1 when it is out of view. */
  markOf: Int32Array;
  /** How many events are in view. */
  inView: number;
}

/** Positions of one mark's members in its lane's two sequences: [from, to) of each. */
interface Run {
  sequences: LaneSequences;
  shortFrom: number;
  shortTo: number;
  longFrom: number;
  longTo: number;
}

interface Cursor {
  seq: LaneSequence;
  at: number;
  end: number;
}

function cursor(seq: LaneSequence, domain: Domain): Cursor {
  // A symbol lies inside its event's extent, so an event in view has its symbol within maxDuration of the view.
  return {
    seq,
    at: bisectLeft(seq.symbols, domain[0] - seq.maxDuration),
    end: bisectRight(seq.symbols, domain[1] + seq.maxDuration),
  };
}

/** The next event of a lane by symbol (ties: time order) from whichever sequence has it. */
function nextCursor(short: Cursor, long: Cursor): Cursor {
  if (long.at >= long.end) return short;
  if (short.at >= short.end) return long;
  const a = short.seq.symbols[short.at]!;
  const b = long.seq.symbols[long.at]!;
  return a < b || (a === b && short.seq.order[short.at]! < long.seq.order[long.at]!) ? short : long;
}

/**
 * Places and clusters the marks of every event in view in one pass per lane over typed arrays, with no object per
 * event: the per-frame cost is a few nanoseconds per event in view, and objects are made only for the marks (which
 * the plot's width bounds). Same rule as clusterMarks: walking a lane by symbol, an event closer than `minGap` px
 * to the previous member joins its cluster unless the cluster would then span more than `maxWidth` px. A cluster's
 * `eventIds` are listed only when first read: a cluster of 30,000 events costs nothing until someone asks.
 */
export function sweepLaneMarks(input: SweepInput, options: SweepOptions): SweptMarks {
  const { events, extents, starts, ends, symbols, figures, lanes, laneKeys, laneY } = input;
  const { domain, minGap, maxWidth, mirror } = options;
  const [d0, d1] = domain;
  const right = Math.max(0, options.width);
  // d3's scaleUtc computes exactly this (its time domain is rounded to whole ms); calling it
  // per event costs ten times more.
  const [from, to] = [Math.round(d0), Math.round(d1)];
  const px = (t: number) => right * ((t - from) / (to - from));
  const flip = (x: number) => (mirror ? right - x : x);
  const inViewAt = (i: number) => starts[i]! <= d1 && ends[i]! >= d0;
  // An uncertain date's symbol is the middle of its span on screen (as layoutTimeline places it).
  const symbolX = (i: number) => (symbols[i] === starts[i] ? px(starts[i]!) : (px(starts[i]!) + px(ends[i]!)) / 2);
  const forEachMember = (run: Run, visit: (i: number) => void) => {
    const { short, long } = run.sequences;
    for (let k = run.shortFrom; k < run.shortTo; k++) if (inViewAt(short.order[k]!)) visit(short.order[k]!);
    for (let k = run.longFrom; k < run.longTo; k++) if (inViewAt(long.order[k]!)) visit(long.order[k]!);
  };
  // In time order (start, then symbol, then dataset order), as clusterMarks lists a cluster's events.
  const memberIds = (run: Run): string[] => {
    const members: number[] = [];
    forEachMember(run, (i) => members.push(i));
    members.sort((a, b) => extents[a]!.start - extents[b]!.start || symbols[a]! - symbols[b]! || a - b);
    return members.map((i) => events[i]!.id);
  };

  const markOf = new Int32Array(events.length).fill(-1);
  const found: { mark: Mark; firstX: number; first: number }[] = [];
  let inView = 0;

  lanes.forEach((sequences, lane) => {
    const short = cursor(sequences.short, domain);
    const long = cursor(sequences.long, domain);
    const y = laneY[lane]!;
    const laneKey = laneKeys[lane]!;
    let run: Run | null = null;
    let count = 0;
    let first = -1;
    let minX = 0;
    let maxX = 0;
    let firstByTime = -1;
    let lastByTime = -1;
    let maxEnd = 0;

    const eventMark = (i: number): EventMark => {
      const extent = extents[i]!;
      const event = events[i]!;
      const x = px(extent.start);
      const x2 = extent.kind === 'point' ? x : px(extent.end);
      const mark: EventMark = {
        type: 'event',
        id: event.id,
        laneKey,
        category: event.category,
        x: flip(x),
        x2: flip(x2),
        y,
        kind: extent.kind,
        significance: event.significance ?? 3,
      };
      if (extent.kind === 'uncertain') mark.cx = flip((x + x2) / 2);
      mark.figures = figures[i]!;
      return mark;
    };
    const clusterMark = (members: Run): ClusterMark => {
      const minStart = starts[firstByTime]!;
      const [x1, x2] = mirror ? [flip(px(maxEnd)), flip(px(minStart))] : [px(minStart), px(maxEnd)];
      return {
        type: 'cluster',
        id: `cluster:${events[firstByTime]!.id}:${events[lastByTime]!.id}`,
        laneKey,
        count,
        x: flip((minX + maxX) / 2),
        x1,
        x2,
        y,
        domain: [minStart, maxEnd],
        get eventIds(): string[] {
          const ids = memberIds(members);
          Object.defineProperty(this, 'eventIds', { value: ids, enumerable: true, writable: true });
          return ids;
        },
      };
    };
    const close = () => {
      if (run) found.push({ mark: count === 1 ? eventMark(first) : clusterMark(run), firstX: minX, first });
    };

    // Events whose symbol lies inside the view are all in view: past the first member of a cluster, they join it
    // in a tight loop over the lane's typed arrays (the cost per event of a view of 100,000 events).
    const coreFrom = bisectLeft(sequences.short.symbols, d0);
    const coreTo = bisectRight(sequences.short.symbols, d1);
    const { order, symbols: laneSymbols } = sequences.short;
    const span = to - from;
    const absorb = () => {
      const stopSymbol = long.at < long.end ? long.seq.symbols[long.at]! : Infinity;
      const stopOrder = long.at < long.end ? long.seq.order[long.at]! : Infinity;
      const slot = found.length;
      // Locals, not the closure's variables: V8 keeps them in registers (three times faster at 100,000 events).
      let [k, top, first, last, end] = [short.at, maxX, firstByTime, lastByTime, maxEnd];
      const left = minX;
      for (; k < coreTo; k++) {
        const symbol = laneSymbols[k]!;
        const i = order[k]!;
        // The next event of the long sequence comes first (ties: time order): the merge takes over.
        if (symbol > stopSymbol || (symbol === stopSymbol && i > stopOrder)) break;
        const start = starts[i]!;
        const x =
          symbol === start
            ? right * ((start - from) / span)
            : (right * ((start - from) / span) + right * ((ends[i]! - from) / span)) / 2;
        if (!(x - top < minGap && x - left <= maxWidth)) break;
        if (x > top) top = x;
        if (start < starts[first]!) first = i;
        if (start >= starts[last]!) last = i;
        if (ends[i]! > end) end = ends[i]!;
        markOf[i] = slot;
      }
      count += k - short.at;
      inView += k - short.at;
      [maxX, firstByTime, lastByTime, maxEnd] = [top, first, last, end];
      short.at = k;
      run!.shortTo = k;
    };

    while (short.at < short.end || long.at < long.end) {
      const next = nextCursor(short, long);
      const i = next.seq.order[next.at++]!;
      if (!inViewAt(i)) continue;
      inView++;
      const x = symbolX(i);
      const start = starts[i]!;
      if (run && x - maxX < minGap && x - minX <= maxWidth) {
        count++;
        maxX = Math.max(maxX, x);
        if (start < starts[firstByTime]!) firstByTime = i;
        if (start >= starts[lastByTime]!) lastByTime = i;
        maxEnd = Math.max(maxEnd, ends[i]!);
      } else {
        close();
        const fromShort = next === short;
        run = {
          sequences,
          shortFrom: short.at - (fromShort ? 1 : 0),
          shortTo: 0,
          longFrom: long.at - (fromShort ? 0 : 1),
          longTo: 0,
        };
        count = 1;
        first = firstByTime = lastByTime = i;
        minX = maxX = x;
        maxEnd = ends[i]!;
      }
      // The mark's slot: marks close in the order they open, so it is the next one to be pushed.
      markOf[i] = found.length;
      run.shortTo = short.at;
      run.longTo = long.at;
      if (short.at > coreFrom && short.at < coreTo) absorb();
    }
    close();
  });

  // Across lanes, marks keep the order of their first member's symbol (ties: time order), like clusterMarks.
  const ranked = found.map((entry, slot) => ({ ...entry, slot }));
  ranked.sort((a, b) => a.firstX - b.firstX || a.first - b.first);
  const rankOf = new Int32Array(found.length);
  ranked.forEach((entry, rank) => (rankOf[entry.slot] = rank));
  for (let i = 0; i < markOf.length; i++) if (markOf[i]! >= 0) markOf[i] = rankOf[markOf[i]!]!;
  return { marks: ranked.map((entry) => entry.mark), markOf, inView };
}
