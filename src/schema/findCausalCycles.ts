import { CAUSAL_RELATIONS } from './causalRelations';
import type { DatasetIssue } from './DatasetIssue';

interface LinkedEvent {
  id: string;
  related: readonly { type: string; id: string }[];
}

const NAMED = 5;

/** Each event's responses (cause → response), by index, from the links either side recorded. */
function responsesByIndex(events: readonly LinkedEvent[]): number[][] {
  const indexOf = new Map(events.map((event, i) => [event.id, i]));
  const out: number[][] = events.map(() => []);
  events.forEach((event, i) => {
    for (const link of event.related) {
      const causal = Object.hasOwn(CAUSAL_RELATIONS, link.type) ? CAUSAL_RELATIONS[link.type] : undefined;
      const other = indexOf.get(link.id);
      if (!causal || other === undefined || other === i) continue;
      if (causal.thisIs === 'response') out[other]!.push(i);
      else out[i]!.push(other);
    }
  });
  return out;
}

/**
 * Groups of events that cause each other (A retaliates for B and B retaliates for A; or A → B → C → A), found
 * with Tarjan's strongly connected components, iteratively: a chain of 100,000 links must not overflow the stack.
 */
export function causalCycles(events: readonly LinkedEvent[]): number[][] {
  const next = responsesByIndex(events);
  const order = new Int32Array(events.length).fill(-1);
  const low = new Int32Array(events.length);
  const onStack = new Uint8Array(events.length);
  const stack: number[] = [];
  const groups: number[][] = [];
  let counter = 0;
  for (let root = 0; root < events.length; root++) {
    if (order[root] !== -1) continue;
    const walk: [node: number, edge: number][] = [[root, 0]];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (walk.length > 0) {
      const top = walk[walk.length - 1]!;
      const [node, edge] = top;
      if (edge < next[node]!.length) {
        top[1] += 1;
        const to = next[node]![edge]!;
        if (order[to] === -1) {
          order[to] = low[to] = counter++;
          stack.push(to);
          onStack[to] = 1;
          walk.push([to, 0]);
        } else if (onStack[to]) low[node] = Math.min(low[node]!, order[to]!);
        continue;
      }
      walk.pop();
      if (walk.length > 0) {
        const parent = walk[walk.length - 1]![0];
        low[parent] = Math.min(low[parent]!, low[node]!);
      }
      if (low[node] !== order[node]) continue;
      const group: number[] = [];
      let member: number;
      do {
        member = stack.pop()!;
        onStack[member] = 0;
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group.sort((a, b) => a - b));
    }
  }
  return groups;
}

/**
 * One issue per cycle of cause and response. The links are kept (nothing that reads them follows a chain, so
 * nothing loops), but a cycle is almost always a link typed the wrong way round, so the editor is told.
 */
export function reportCausalCycles(
  events: readonly LinkedEvent[],
  inputIndexes: readonly number[],
  issues: DatasetIssue[],
): void {
  for (const group of causalCycles(events)) {
    const ids = group.map((i) => `"${events[i]!.id}"`);
    const named =
      ids.length > NAMED
        ? `${ids.slice(0, NAMED).join(', ')} and ${(ids.length - NAMED).toLocaleString('en')} more`
        : ids.join(', ');
    const first = group[0]!;
    issues.push({
      path: `events[${inputIndexes[first] ?? first}].related`,
      message: `events ${named} are each other's cause and response in a cycle; one of the links is probably the wrong way round (retaliates_for or retaliated_by?). The links are kept`,
      eventId: events[first]!.id,
    });
  }
}
