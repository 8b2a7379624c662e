import { CAUSAL_RELATIONS } from '../schema/causalRelations';
import type { TimelineEvent } from '../schema/event';

export type LinkEvent = Pick<TimelineEvent, 'id' | 'related'>;

/** One cause → response pair, whichever side recorded it. */
export interface CausalLink {
  fromId: string;
  toId: string;
  /** Named from the response's side: `retaliates_for` or `responds_to`. */
  type: string;
}

/**
 * Every cause → response pair among the events (CAUSAL_RELATIONS), once each (the first record of a pair names its
 * type). One pass over each event's own links: nothing here follows a chain, so a cycle cannot loop.
 */
export function causalLinks(events: readonly LinkEvent[]): CausalLink[] {
  const links: CausalLink[] = [];
  const seen = new Map<string, Set<string>>();
  for (const event of events) {
    for (const relation of event.related ?? []) {
      const causal = Object.hasOwn(CAUSAL_RELATIONS, relation.type) ? CAUSAL_RELATIONS[relation.type] : undefined;
      if (!causal) continue;
      const [fromId, toId] = causal.thisIs === 'response' ? [relation.id, event.id] : [event.id, relation.id];
      let targets = seen.get(fromId);
      if (!targets) seen.set(fromId, (targets = new Set()));
      if (targets.has(toId)) continue;
      targets.add(toId);
      links.push({ fromId, toId, type: causal.type });
    }
  }
  return links;
}
