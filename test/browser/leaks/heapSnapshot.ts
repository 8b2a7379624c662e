// Heap snapshots through the DevTools protocol, to say WHAT a heap growth is made of: objects allocated between two
// snapshots that survived garbage collection (node ids are stable across snapshots of one session, so "new" is an
// id above the first snapshot's highest), grouped by constructor, with one retainer path for each group.
import { cdp } from 'vitest/browser';

interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

export interface HeapSnapshot {
  raw: RawSnapshot;
  maxId: number;
}

const quietFor = (ms: number, since: () => number) =>
  new Promise<void>((resolve) => {
    const check = () => (performance.now() - since() >= ms ? resolve() : setTimeout(check, ms / 4));
    check();
  });

/** A full snapshot of the tab's heap (HeapProfiler.takeHeapSnapshot, its chunks joined and parsed). */
export async function takeHeapSnapshot(): Promise<HeapSnapshot> {
  const session = cdp();
  const chunks: string[] = [];
  let last = performance.now();
  const onChunk = ({ chunk }: { chunk: string }) => {
    chunks.push(chunk);
    last = performance.now();
  };
  session.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    // Events and the reply travel separately through Vitest: wait until the chunks stop.
    await quietFor(300, () => last);
  } finally {
    session.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const raw = JSON.parse(chunks.join('')) as RawSnapshot;
  const fields = raw.snapshot.meta.node_fields;
  const idAt = fields.indexOf('id');
  let maxId = 0;
  for (let i = idAt; i < raw.nodes.length; i += fields.length) maxId = Math.max(maxId, raw.nodes[i]!);
  return { raw, maxId };
}

export interface Growth {
  /** "object Array", "closure onWheel", "code (compiled)", … */
  group: string;
  count: number;
  bytes: number;
  /** How one of them is held, from the object up towards a root: "Array ←[3]— Map ←table— …". */
  retainers: string;
}

interface SnapshotIndex {
  nodeCount: number;
  /** Node offsets into raw.nodes, one per node. */
  offsets: () => Iterable<number>;
  idOf(node: number): number;
  sizeOf(node: number): number;
  nameOf(node: number): string;
  /** The name of the node's first holder on its shortest path from a root ('' for a root). */
  holderOf(node: number): string;
  /** "name ←edge— holder ←edge— holder …", up to `depth` holders towards a root. */
  pathOf(node: number, depth?: number): string;
}

/** Names, sizes and one retainer (the first strong edge found) for every node of a snapshot. */
function indexSnapshot(raw: RawSnapshot): SnapshotIndex {
  const { meta } = raw.snapshot;
  const nf = meta.node_fields;
  const ef = meta.edge_fields;
  const [TYPE, NAME, ID, SIZE, EDGES] = ['type', 'name', 'id', 'self_size', 'edge_count'].map((f) => nf.indexOf(f));
  const [E_TYPE, E_NAME, E_TO] = ['type', 'name_or_index', 'to_node'].map((f) => ef.indexOf(f));
  const n = nf.length;
  const nameOf = (node: number) => {
    const type = meta.node_types[0][raw.nodes[node + TYPE!]!]!;
    const name = raw.strings[raw.nodes[node + NAME!]!] ?? '';
    return `${type} ${type.includes('string') ? '' : name.slice(0, 80)}`.trim();
  };
  // Shortest strong path from the snapshot's root (node 0) to every node, as DevTools' "distance" does: each node
  // keeps the holder it was first reached from.
  const firstEdge = new Uint32Array(raw.nodes.length / n + 1);
  for (let i = 0, edge = 0; i < raw.nodes.length / n; i += 1) {
    firstEdge[i] = edge;
    edge += raw.nodes[i * n + EDGES!]! * ef.length;
  }
  const retainedBy = new Map<number, { from: number; edge: string }>([[0, { from: -1, edge: '' }]]);
  const queue = [0];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head]!;
    const end = firstEdge[node / n]! + raw.nodes[node + EDGES!]! * ef.length;
    for (let edge = firstEdge[node / n]!; edge < end; edge += ef.length) {
      const type = meta.edge_types[0][raw.edges[edge + E_TYPE!]!]!;
      const to = raw.edges[edge + E_TO!]!;
      if (type === 'weak' || type === 'shortcut' || retainedBy.has(to)) continue;
      const name = raw.edges[edge + E_NAME!]!;
      const label = type === 'element' || type === 'hidden' ? `[${name}]` : String(raw.strings[name]).slice(0, 40);
      retainedBy.set(to, { from: node, edge: label });
      queue.push(to);
    }
  }
  return {
    nodeCount: raw.nodes.length / n,
    *offsets() {
      for (let node = 0; node < raw.nodes.length; node += n) yield node;
    },
    idOf: (node) => raw.nodes[node + ID!]!,
    sizeOf: (node) => raw.nodes[node + SIZE!]!,
    nameOf,
    holderOf(node) {
      const up = retainedBy.get(node);
      return up && up.from >= 0 ? nameOf(up.from) : '';
    },
    pathOf(start, depth = 8) {
      const steps: string[] = [];
      let node = start;
      for (let i = 0; i < depth; i += 1) {
        const up = retainedBy.get(node);
        if (!up || up.from < 0) break;
        steps.push(`←${up.edge}— ${nameOf(up.from)}`);
        node = up.from;
      }
      return `${nameOf(start)} ${steps.join(' ')}`;
    },
  };
}

const ENGINE = /^(code |object shape |native system \/|synthetic )/;
/** Held by the measurement itself: Vitest's RPC and CDP plumbing, the leak counters' own tables. */
const HARNESS = /__vitest|_rpcPromiseMap|VitestBrowser|HeapProfiler\.addHeapSnapshotChunk|←byTarget—|←targets—/;

/**
 * V8's own bookkeeping rather than the page's objects: compiled code and its data (`code …`), hidden classes
 * (`object shape …`), the engine's internal lists (`native system / …`), and what only they hold (the strings of
 * code's constant pools, found first through the code or through the table of internalised strings). These grow
 * while functions get hot.
 */
function isEngineInternal(group: string, holder: string): boolean {
  return ENGINE.test(group) || ENGINE.test(holder);
}

export interface NewObjects {
  /** The largest groups of the page's own new objects, each with a retainer path. */
  groups: Growth[];
  pageBytes: number;
  /** New objects that are V8's (compiled code and the like), bytes. */
  engineBytes: number;
  /** New objects held by Vitest or by the counters, bytes. */
  harnessBytes: number;
}

/** Objects in `after` that did not exist when the snapshot with `beforeMaxId` was taken: the page's, V8's, the test's. */
export function newObjects(beforeMaxId: number, after: HeapSnapshot, top = 20): NewObjects {
  const index = indexSnapshot(after.raw);
  const groups = new Map<string, { count: number; bytes: number; sample: number }>();
  let pageBytes = 0;
  let engineBytes = 0;
  let harnessBytes = 0;
  for (const node of index.offsets()) {
    if (index.idOf(node) <= beforeMaxId) continue;
    const group = index.nameOf(node);
    const size = index.sizeOf(node);
    if (isEngineInternal(group, index.holderOf(node))) {
      engineBytes += size;
      continue;
    }
    if (HARNESS.test(index.pathOf(node, 12))) {
      harnessBytes += size;
      continue;
    }
    pageBytes += size;
    const entry = groups.get(group) ?? { count: 0, bytes: 0, sample: node };
    entry.count += 1;
    entry.bytes += size;
    groups.set(group, entry);
  }
  const largest = [...groups.entries()].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top);
  return {
    groups: largest.map(([group, { count, bytes, sample }]) => ({
      group,
      count,
      bytes,
      retainers: index.pathOf(sample),
    })),
    pageBytes,
    engineBytes,
    harnessBytes,
  };
}

/** Retainer paths of the first `limit` objects whose name matches (e.g. /^native Detached <figure/). */
export function retainersOf(snapshot: HeapSnapshot, name: RegExp, limit = 3, depth = 16): string[] {
  const index = indexSnapshot(snapshot.raw);
  const paths: string[] = [];
  for (const node of index.offsets()) {
    if (paths.length >= limit) break;
    if (name.test(index.nameOf(node))) paths.push(index.pathOf(node, depth));
  }
  return paths;
}
