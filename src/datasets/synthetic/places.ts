import type { MilitiaId } from './actors';

/** What happens at a place: coalition bases are attacked, group sites are struck, capitals host talks. */
export type PlaceRole = 'base' | 'group-site' | 'capital';

export interface Place {
  name: string;
  country: string;
  lat: number;
  lon: number;
  timeZone: string;
  /** `country` as a key of count breakdowns (`iraq`). */
  countryKey: string;
  role: PlaceRole;
  /** For a group site: whose site it is. */
  group?: MilitiaId;
}

const IRAQ = { country: 'Iraq', countryKey: 'iraq', timeZone: 'Asia/Baghdad' };
const SYRIA = { country: 'Syria', countryKey: 'syria', timeZone: 'Asia/Damascus' };
const JORDAN = { country: 'Jordan', countryKey: 'jordan', timeZone: 'Asia/Amman' };
const US = { country: 'United States', countryKey: 'united-states', timeZone: 'America/New_York' };

/** Real places (approximate coordinates) used as the stage of invented events. */
export const PLACES: Place[] = [
  { name: 'Al-Asad Air Base', lat: 33.785, lon: 42.441, role: 'base', ...IRAQ },
  { name: 'Erbil Air Base', lat: 36.237, lon: 43.963, role: 'base', ...IRAQ },
  { name: 'Harir Air Base', lat: 36.537, lon: 44.343, role: 'base', ...IRAQ },
  { name: 'Baghdad International Airport', lat: 33.262, lon: 44.234, role: 'base', ...IRAQ },
  { name: 'Al-Tanf garrison', lat: 33.497, lon: 38.676, role: 'base', ...SYRIA },
  { name: 'Conoco gas field', lat: 35.35, lon: 40.3, role: 'base', ...SYRIA },
  { name: 'Green Village', lat: 35.07, lon: 40.46, role: 'base', ...SYRIA },
  { name: 'Al-Shaddadi', lat: 36.06, lon: 40.73, role: 'base', ...SYRIA },
  { name: 'Rumalayn Landing Zone', lat: 36.93, lon: 41.99, role: 'base', ...SYRIA },
  { name: 'Tower 22', lat: 33.322, lon: 38.7, role: 'base', ...JORDAN },
  { name: 'Jurf al-Sakhar', lat: 32.87, lon: 44.13, role: 'group-site', group: 'river-brigades', ...IRAQ },
  { name: 'Kirkuk', lat: 35.468, lon: 44.392, role: 'group-site', group: 'river-brigades', ...IRAQ },
  { name: 'Al-Qaim', lat: 34.37, lon: 41.09, role: 'group-site', group: 'desert-front', ...IRAQ },
  { name: 'Abu Kamal', lat: 34.452, lon: 40.918, role: 'group-site', group: 'desert-front', ...SYRIA },
  { name: 'Mayadin', lat: 35.02, lon: 40.45, role: 'group-site', group: 'valley-committees', ...SYRIA },
  { name: 'Deir ez-Zor', lat: 35.336, lon: 40.14, role: 'group-site', group: 'valley-committees', ...SYRIA },
  { name: 'Baghdad', lat: 33.315, lon: 44.366, role: 'capital', ...IRAQ },
  { name: 'Damascus', lat: 33.513, lon: 36.292, role: 'capital', ...SYRIA },
  { name: 'Amman', lat: 31.953, lon: 35.91, role: 'capital', ...JORDAN },
  // One place far away, so some statements carry another zone (with daylight saving time) than the region.
  { name: 'Washington, D.C.', lat: 38.895, lon: -77.036, role: 'capital', ...US },
];

export const BASES = PLACES.filter((place) => place.role === 'base');

/** Each group's sites, where the strikes against it land. */
export function sitesOf(group: MilitiaId): Place[] {
  return SITES.get(group) ?? [];
}

const SITES = new Map<MilitiaId, Place[]>();
for (const place of PLACES) {
  if (place.group) SITES.set(place.group, [...(SITES.get(place.group) ?? []), place]);
}
