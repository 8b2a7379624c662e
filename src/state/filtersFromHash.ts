import { FILTER_FACET_BY_HASH_KEY, type FilterFacet, type Filters } from './filterModel';
import { decodeHashPart, hashParts } from './hashParams';
import { normalizeFilters } from './normalizeFilters';

/** A hash is anyone's input: keep what a filter bar could show, no more. */
const MAX_VALUES = 100;
const MAX_LENGTH = 200;

/**
 * The filters in a URL hash written by `filtersToHash` (`#event=x&cat=attack,strike&sig=3`). A key given
 * twice adds its values; values that cannot be decoded, blank or overlong ones, unknown statuses and a
 * significance other than 2–5 are ignored. Values are not checked against a dataset (see
 * `keepKnownFilters`). Never throws: a hash is hostile input.
 */
export function filtersFromHash(hash: string): Filters {
  const found: Partial<Record<FilterFacet, string[]>> = {};
  for (const part of hashParts(hash)) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    const key = decodeHashPart(part.slice(0, eq));
    const facet = key === null ? undefined : FILTER_FACET_BY_HASH_KEY.get(key);
    if (facet === undefined) continue;
    const list = (found[facet] ??= []);
    for (const raw of part.slice(eq + 1).split(',')) {
      if (list.length >= MAX_VALUES) break;
      const value = decodeHashPart(raw);
      if (value !== null && value.length <= MAX_LENGTH) list.push(value);
    }
  }
  const sig = found.minSignificance?.find((value) => /^[1-5]$/.test(value));
  return normalizeFilters({
    categories: found.categories,
    actors: found.actors,
    countries: found.countries,
    statuses: found.statuses as Filters['statuses'],
    minSignificance: sig === undefined ? undefined : (Number(sig) as Filters['minSignificance']),
  });
}
