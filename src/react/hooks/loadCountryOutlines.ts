/**
 * The world-atlas TopoJSON (Natural Earth 1:110m), as its own dynamic import so bundlers make it a separate
 * chunk. The embed script swaps this module for one that fetches the same file from beside the script
 * (src/embed/fetchCountryOutlines.ts), since a single classic script cannot have chunks.
 */
export function loadCountryOutlines(): Promise<unknown> {
  return import('world-atlas/countries-110m.json');
}
