import {
  FILTER_FACET_BY_HASH_KEY,
  FILTER_FACETS,
  FILTER_HASH_KEYS,
  type FilterFacet,
  type Filters,
} from './filterModel';
import { decodeHashPart, hashParts } from './hashParams';
import { normalizeFilters } from './normalizeFilters';

/** One value, percent-encoded (a comma inside it becomes %2C); ":" stays readable. Null if it cannot be encoded. */
function encode(value: string): string | null {
  try {
    return encodeURIComponent(value).replace(/%3A/gi, ':');
  } catch {
    return null; // a lone surrogate
  }
}

function param(filters: Filters, facet: FilterFacet): string | null {
  const raw = facet === 'minSignificance' ? filters.minSignificance : filters[facet];
  if (raw === undefined) return null;
  const values = (Array.isArray(raw) ? raw : [String(raw)]).map(encode).filter((v): v is string => v !== null);
  return values.length ? `${FILTER_HASH_KEYS[facet]}=${values.join(',')}` : null;
}

/**
 * The hash with the filters written as `cat=attack,strike&actor=iri&country=Iraq&status=claimed,denied&sig=3`
 * (each value percent-encoded, joined by commas). A key already there is replaced in its place, keys no
 * longer needed are removed, new ones are added at the end; every other part (`event=…`) is kept as it
 * was. Returns "#…", or "" when nothing is left. Never throws.
 */
export function filtersToHash(hash: string, filters: Filters | null | undefined): string {
  const clean = normalizeFilters(filters);
  const wanted = new Map<FilterFacet, string | null>(FILTER_FACETS.map((facet) => [facet, param(clean, facet)]));
  const written = new Set<FilterFacet>();
  const out: string[] = [];
  for (const part of hashParts(hash)) {
    const eq = part.indexOf('=');
    const key = eq === -1 ? null : decodeHashPart(part.slice(0, eq));
    const facet = key === null ? undefined : FILTER_FACET_BY_HASH_KEY.get(key);
    if (facet === undefined) {
      if (part !== '') out.push(part);
      continue;
    }
    const value = wanted.get(facet);
    if (value && !written.has(facet)) out.push(value);
    written.add(facet);
  }
  for (const facet of FILTER_FACETS) {
    const value = wanted.get(facet);
    if (value && !written.has(facet)) out.push(value);
  }
  return out.length ? `#${out.join('&')}` : '';
}
