// What the page cannot see of itself, asked of Chromium through the DevTools protocol (Vitest's cdp() session on
// the tab that holds the test's frame): forced garbage collection, the JS heap, DOM object counts, detached nodes.
import { cdp } from 'vitest/browser';

/** Runs in the test's frame: the tab's JS heap is shared by its same-origin frames (one V8 isolate). */
const session = () => cdp();

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A full collection, twice, with a task between: the first frees what is garbage and queues finalizers (the
 * counters' FinalizationRegistry, Blink's weak callbacks), the second frees what those let go.
 */
export async function collectGarbage(): Promise<void> {
  await session().send('HeapProfiler.collectGarbage');
  await nextTask();
  await session().send('HeapProfiler.collectGarbage');
}

/** JS heap in use, bytes (Runtime.getHeapUsage: the figure the benchmark's "memory flat" uses). */
export async function heapUsedBytes(): Promise<number> {
  return (await session().send('Runtime.getHeapUsage')).usedSize;
}

export interface DomCounters {
  /** Documents alive in the renderer (the Vitest page and the test's frame: 2). */
  documents: number;
  /** DOM nodes alive in the renderer, in a document or not. */
  nodes: number;
  /** JS event listeners alive in the renderer. */
  jsEventListeners: number;
}

/** Blink's own counts of live objects (Memory.getDOMCounters), whatever holds them. */
export async function domCounters(): Promise<DomCounters> {
  return session().send('Memory.getDOMCounters');
}

export interface DetachedNodes {
  /** Detached trees still alive (held by JavaScript) and the nodes they hold, as DOM.getDetachedDomNodes reports. */
  trees: number;
  nodes: number;
  /** The first few trees, "div.fp-timeline (312 nodes)", to name a leak. */
  examples: string[];
}

interface DetachedElement {
  treeNode: { localName: string; attributes?: string[] };
  retainedNodeIds: number[];
}

function describeTree({ treeNode, retainedNodeIds }: DetachedElement): string {
  const attributes = treeNode.attributes ?? [];
  const pairs = attributes.flatMap((value, i) => (i % 2 === 0 ? [] : [`${attributes[i - 1]}="${value.slice(0, 40)}"`]));
  return `<${treeNode.localName}${pairs.length ? ' ' + pairs.join(' ') : ''}> (${retainedNodeIds.length} nodes)`;
}

/**
 * Nodes out of any document but still alive (DOM.getDetachedDomNodes, after the caller's collectGarbage). The DOM
 * domain is enabled around the call and disabled after: the node ids it hands out pin their nodes in DevTools'
 * DOM agent until then, and a node pinned by the count would be a leak of the count's own making.
 */
export async function detachedNodes(): Promise<DetachedNodes> {
  await session().send('DOM.enable');
  let trees: DetachedElement[];
  try {
    ({ detachedNodes: trees } = (await session().send('DOM.getDetachedDomNodes')) as {
      detachedNodes: DetachedElement[];
    });
  } finally {
    await session().send('DOM.disable');
  }
  return {
    trees: trees.length,
    nodes: trees.reduce((sum, tree) => sum + tree.retainedNodeIds.length, 0),
    examples: trees.slice(0, 5).map(describeTree),
  };
}
