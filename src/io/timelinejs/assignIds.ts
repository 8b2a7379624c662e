import type { Actor } from '../../schema/actor';
import { IdRegistry, sanitizeId, slugify } from './ids';
import type { SlideDraft } from './readSlide';
import { describeValue } from './values';

/** Ids from `unique_id` first (sanitised; a repeat gets `-2`), then generated ones: slug of the title + date. */
export function assignEventIds(drafts: SlideDraft[]): string[] {
  const ids = new IdRegistry();
  const firstIndex = new Map<string, number>();
  const result: (string | undefined)[] = drafts.map((draft) => {
    if (draft.uniqueId === undefined) return undefined;
    const at = `events[${draft.index}].unique_id`;
    const wanted = sanitizeId(draft.uniqueId);
    if (wanted === '') {
      draft.issues.push({
        path: at,
        message: `${describeValue(draft.uniqueId)} has nothing usable as an id; an id is made from the headline`,
      });
      return undefined;
    }
    if (wanted !== draft.uniqueId.trim()) {
      draft.issues.push({
        path: at,
        message: `${describeValue(draft.uniqueId)} is not a usable id (letters, digits, -, _, . or :); "${wanted}" is used`,
      });
    }
    const id = ids.claim(wanted);
    if (id !== wanted) {
      draft.issues.push({
        path: at,
        message: `"${wanted}" is already the id of events[${firstIndex.get(wanted)}]; this event gets "${id}"`,
      });
    } else firstIndex.set(id, draft.index);
    return id;
  });
  return drafts.map(
    (draft, k) => result[k] ?? ids.claim(`${slugify(draft.title, 40) || 'event'}-${draft.start.slice(0, 10)}`),
  );
}

/** One actor per distinct group, so the Timeline's actor lanes reproduce TimelineJS's group rows. */
export function groupActors(drafts: SlideDraft[]): { actors: Actor[]; actorOf: Map<string, string> } {
  const ids = new IdRegistry();
  const actors: Actor[] = [];
  const actorOf = new Map<string, string>();
  for (const { group } of drafts) {
    if (group === undefined || actorOf.has(group)) continue;
    const id = ids.claim(slugify(group) || 'group');
    actorOf.set(group, id);
    actors.push({ id, name: group });
  }
  return { actors, actorOf };
}
