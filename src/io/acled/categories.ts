import type { CategoryDefinition } from '../../schema/index';

/**
 * ACLED event types → Flashpoint categories. Sub-event types are looked at first, then the event type.
 *
 * - Air/drone strike → `strike` (the built-in category for air and drone strikes).
 * - Every other Explosions/Remote violence sub-type (shelling, artillery and missile attacks, IEDs,
 *   suicide bombs, grenades, chemical weapons) → `attack`: in Flashpoint's vocabulary a rocket or missile
 *   attack on a base is an attack, a strike is delivered from the air.
 * - Violence against civilians → `attack`.
 * - Agreement (a Strategic development) → `diplomacy`; every other Strategic development (arrests,
 *   changes to a group, disrupted weapons use, bases established, looting, transfers of territory) →
 *   `context`. None of them is a statement in Flashpoint's sense.
 * - Battles, Protests and Riots have no built-in equivalent: they become the categories `battle`,
 *   `protest` and `riot`, declared in the dataset (with labels) only when the file uses them.
 */
const BY_SUB_EVENT_TYPE: Record<string, string> = {
  'air/drone strike': 'strike',
  agreement: 'diplomacy',
};

const BY_EVENT_TYPE: Record<string, string> = {
  battles: 'battle',
  'explosions/remote violence': 'attack',
  'violence against civilians': 'attack',
  protests: 'protest',
  riots: 'riot',
  'strategic developments': 'context',
};

export const ACLED_CATEGORIES: Record<string, CategoryDefinition> = {
  battle: {
    id: 'battle',
    label: 'Battle',
    description: 'ACLED "Battles": armed clashes between organised armed groups, and territory taken or regained',
  },
  protest: { id: 'protest', label: 'Protest', description: 'ACLED "Protests": public demonstrations' },
  riot: { id: 'riot', label: 'Riot', description: 'ACLED "Riots": violent demonstrations and mob violence' },
};

const key = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** The category for an ACLED event type and sub-event type, or null when the event type is not ACLED's. */
export function acledCategory(eventType: string, subEventType: string): string | null {
  const byEventType = BY_EVENT_TYPE[key(eventType)];
  if (byEventType === undefined) return null;
  return BY_SUB_EVENT_TYPE[key(subEventType)] ?? byEventType;
}
