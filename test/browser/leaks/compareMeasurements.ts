// Baseline against after: what leaked, named by kind, count and creation site, for the failure message.
import type { Measurement } from './mountAndDestroy';

export interface Tolerances {
  /** JS heap growth allowed over all rounds, bytes. */
  heapBytes: number;
  /** Renderer DOM nodes (Memory.getDOMCounters) allowed above the baseline. */
  nodes: number;
  /** Detached nodes still alive (DOM.getDetachedDomNodes) allowed above the baseline. */
  detachedNodes: number;
}

const KB = 1024;

/** Each key whose count is higher after than before: "3 more: document keydown @ src/react/hooks/useTooltip.ts:130". */
function grown(kind: string, before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.entries(after)
    .filter(([key, count]) => count > (before[key] ?? 0))
    .map(([key, count]) => `${count - (before[key] ?? 0)} more ${kind}: ${key}`);
}

/** Every way `after` is not back at `before`; empty when nothing leaked. */
export function leaksBetween(before: Measurement, after: Measurement, tolerances: Tolerances): string[] {
  const problems = [
    ...grown('listener', before.counts.listeners, after.counts.listeners),
    ...grown('observer', before.counts.observers, after.counts.observers),
    ...grown('pending timer', before.counts.timers, after.counts.timers),
    ...grown('adopted stylesheet', before.counts.adoptedStyleSheets, after.counts.adoptedStyleSheets),
  ];
  const elements = after.counts.elementsInPage - before.counts.elementsInPage;
  if (elements !== 0) problems.push(`${elements} more elements left in the document`);
  if (after.dom.documents > before.dom.documents)
    problems.push(`${after.dom.documents - before.dom.documents} more documents alive`);
  const nodes = after.dom.nodes - before.dom.nodes;
  if (nodes > tolerances.nodes) problems.push(`${nodes} more DOM nodes alive (tolerance ${tolerances.nodes})`);
  const detached = after.detached.nodes - before.detached.nodes;
  if (detached > tolerances.detachedNodes)
    problems.push(
      `${detached} more detached DOM nodes alive (tolerance ${tolerances.detachedNodes}), e.g. ${after.detached.examples.join(', ')}`,
    );
  const heap = after.heapBytes - before.heapBytes;
  if (heap > tolerances.heapBytes)
    problems.push(
      `JS heap grew by ${(heap / KB).toFixed(0)} KB (tolerance ${(tolerances.heapBytes / KB).toFixed(0)} KB)`,
    );
  return problems;
}

/** One line of figures for the log: what the docs quote. */
export function figures(before: Measurement, after: Measurement, rounds: number): string {
  const heapKb = (after.heapBytes - before.heapBytes) / KB;
  return [
    `heap ${heapKb >= 0 ? '+' : ''}${heapKb.toFixed(0)} KB (${(heapKb / rounds).toFixed(2)} KB/round)`,
    `nodes ${after.dom.nodes - before.dom.nodes >= 0 ? '+' : ''}${after.dom.nodes - before.dom.nodes}`,
    `detached ${after.detached.nodes - before.detached.nodes}`,
    `js listeners ${after.dom.jsEventListeners - before.dom.jsEventListeners}`,
  ].join(', ');
}
