import { locatedEvents, type MapPointEvent, type ProjectPoint } from './mapPoints';
import { shortPlaceName } from './shortPlaceName';

export interface GroupPlacesOptions {
  /** Where a place lands on screen, px (the map's projection). */
  project: ProjectPoint;
  /** Places closer than this, px, share one point. Default 24 (a pointer target's size). */
  radius?: number;
}

/** One point on the map: the events at one place, or at several places too close to tell apart. */
export interface PlaceGroup {
  /** Stable key: the coordinates of its main place. */
  key: string;
  /** Screen position of its main place (most events; ties: most significant event, then earliest), px. */
  x: number;
  y: number;
  lon: number;
  lat: number;
  /** Member event ids, in input order. */
  ids: string[];
  count: number;
  /** The most common place name among the members (ties: the most significant event's, then the earliest); "" when none has a name. */
  label: string;
  /** `label` up to its first comma or parenthesis: "Erbil Air Base (Erbil International Airport), …" → "Erbil Air Base". */
  shortLabel: string;
  /** How many distinct coordinates were merged. */
  places: number;
  /** True when every member's coordinates are marked approximate. */
  approximate: boolean;
}

interface Place {
  lon: number;
  lat: number;
  x: number;
  y: number;
  members: { id: string; name: string; index: number; approximate: boolean; significance: number }[];
  /** The highest significance among the members. */
  significance: number;
}

interface NameCount {
  count: number;
  significance: number;
  first: number;
}

/** More events first, then the most significant one, then the earliest. */
function busier(a: NameCount, b: NameCount): number {
  return b.count - a.count || b.significance - a.significance || a.first - b.first;
}

function mostCommonName(members: Place['members']): string {
  const counts = new Map<string, NameCount>();
  for (const { name, index, significance } of members) {
    if (!name) continue;
    const entry = counts.get(name);
    if (entry) {
      entry.count += 1;
      entry.significance = Math.max(entry.significance, significance);
    } else counts.set(name, { count: 1, significance, first: index });
  }
  let best = '';
  let bestEntry: NameCount = { count: 0, significance: -Infinity, first: Infinity };
  for (const [name, entry] of counts) {
    if (busier(entry, bestEntry) < 0) {
      best = name;
      bestEntry = entry;
    }
  }
  return best;
}

/**
 * Merges events at the same or nearby places into points. Events at identical coordinates always share a
 * point; then places are taken busiest first (ties: the most significant event, then the earliest), and each joins the nearest existing point within `radius` px
 * or starts its own. A point sits on its busiest place (never between places), so points are at least
 * `radius` apart. Deterministic; events the projection cannot place are left out.
 * Output: busiest points first (ties: earliest event).
 */
export function groupPlaces(
  events: readonly MapPointEvent[] | null | undefined,
  options: GroupPlacesOptions,
): PlaceGroup[] {
  const radius = typeof options.radius === 'number' && options.radius >= 0 ? options.radius : 24;
  const places = new Map<string, Place>();
  for (const event of locatedEvents(events)) {
    const key = `${event.lon},${event.lat}`;
    let place = places.get(key);
    if (!place) {
      const at = options.project(event.lon, event.lat);
      if (!at || !Number.isFinite(at[0]) || !Number.isFinite(at[1])) continue;
      place = { lon: event.lon, lat: event.lat, x: at[0], y: at[1], members: [], significance: 0 };
      places.set(key, place);
    }
    const { id, name, index, approximate, significance } = event;
    place.members.push({ id, name, index, approximate, significance });
    place.significance = Math.max(place.significance, significance);
  }

  const weight = (place: Place): NameCount => ({
    count: place.members.length,
    significance: place.significance,
    first: place.members[0]!.index,
  });
  const ordered = [...places.values()].sort((a, b) => busier(weight(a), weight(b)));
  const groups: { anchor: Place; places: Place[] }[] = [];
  for (const place of ordered) {
    let nearest: (typeof groups)[number] | undefined;
    let nearestDistance = Infinity;
    for (const group of groups) {
      const distance = Math.hypot(group.anchor.x - place.x, group.anchor.y - place.y);
      if (distance <= radius && distance < nearestDistance) {
        nearest = group;
        nearestDistance = distance;
      }
    }
    if (nearest) nearest.places.push(place);
    else groups.push({ anchor: place, places: [place] });
  }

  return groups
    .map(({ anchor, places: merged }) => {
      const members = merged.flatMap((place) => place.members).sort((a, b) => a.index - b.index);
      const label = mostCommonName(members);
      const group: PlaceGroup = {
        key: `${anchor.lon},${anchor.lat}`,
        x: anchor.x,
        y: anchor.y,
        lon: anchor.lon,
        lat: anchor.lat,
        ids: members.map((member) => member.id),
        count: members.length,
        label,
        shortLabel: shortPlaceName(label),
        places: merged.length,
        approximate: members.every((member) => member.approximate),
      };
      return { group, first: members[0]!.index };
    })
    .sort((a, b) => b.group.count - a.group.count || a.first - b.first)
    .map(({ group }) => group);
}
