/**
 * The relation types that say one event caused another, read from either side: a record on the response
 * (retaliates_for, responds_to) or on the cause (retaliated_by, prompted). Types are named from the
 * response's side, so a two-way retaliation record is one link. Other types (precedes, same_day …) are not causal.
 */
export const CAUSAL_RELATIONS: Readonly<Record<string, { type: string; thisIs: 'cause' | 'response' }>> = {
  retaliates_for: { type: 'retaliates_for', thisIs: 'response' },
  retaliated_by: { type: 'retaliates_for', thisIs: 'cause' },
  responds_to: { type: 'responds_to', thisIs: 'response' },
  prompted: { type: 'responds_to', thisIs: 'cause' },
};
