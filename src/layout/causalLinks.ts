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
 * Cause → response relations, read from either side: a record on the response (retaliates_for,
 * responds_to) or on the cause (retaliated_by, prompted). Types are named from the response's side, so a
 * two-way retaliation record is one link. Other relation types (precedes, same_day …) are not causal.
 */
const CAUSAL: Record<string, { type: string; thisIs: 'cause' | 'response' }> = {
  retaliates_for: { type: 'retaliates_for', thisIs: 'response' },
  retaliated_by: { type: 'retaliates_for', thisIs: 'cause' },
  responds_to: { type: 'responds_to', thisIs: 'response' },
  prompted: { type: 'responds_to', thisIs: 'cause' },
};

/** Every cause → response pair among the events, once each (the first record of a pair names its type). */
export function causalLinks(events: readonly LinkEvent[]): CausalLink[] {
  const links: CausalLink[] = [];
  const seen = new Map<string, Set<string>>();
  for (const event of events) {
    for (const relation of event.related ?? []) {
      const causal = CAUSAL[relation.type];
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
