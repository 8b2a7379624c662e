import type { Actor } from '../../schema/actor';
import type { CellOrigin } from './cellOrigin';
import { shortHash, slug } from './slug';

/**
 * Actors named in cells. The id is the slug of the name, so `Kataib Hezbollah` in any row is the same actor
 * (`kataib-hezbollah`); a name that leaves no slug (non-Latin script) gets `actor-` and a hash of the name.
 * When the same id is written both as an id and as a name, the name is kept for the record.
 */
export class ActorRegistry {
  private readonly byId = new Map<string, { actor: Pick<Actor, 'id' | 'name'>; origin: CellOrigin }>();

  idFor(name: string, origin: CellOrigin): string {
    const id = slug(name) || `actor-${shortHash(name)}`;
    const known = this.byId.get(id);
    if (!known) this.byId.set(id, { actor: { id, name }, origin });
    else if (known.actor.name === id && name !== id) known.actor.name = name;
    return id;
  }

  actors(): Pick<Actor, 'id' | 'name'>[] {
    return [...this.byId.values()].map((entry) => entry.actor);
  }

  origins(): CellOrigin[] {
    return [...this.byId.values()].map((entry) => entry.origin);
  }
}
