/** The file the embed build writes beside dist/embed/flashpoint.js (a copy of world-atlas's countries-110m.json). */
export const COUNTRY_OUTLINES_FILE = 'world-atlas-110m.json';

// The embed script is one classic script, so the map's 105 KB of outlines cannot be a chunk: they stay a file next
// to it, fetched when a map first shows. `document.currentScript` is only set while the script first runs, which is
// when this line runs (the embed build is the only place this module is used).
const scriptUrl =
  typeof document === 'undefined' ? undefined : (document.currentScript as HTMLScriptElement | null)?.src || undefined;

/** Replaces src/react/hooks/loadCountryOutlines.ts in the embed build (see tsup.config.ts). */
export function loadCountryOutlines(): Promise<unknown> {
  const url = new URL(COUNTRY_OUTLINES_FILE, scriptUrl ?? document.baseURI);
  return fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url.href} answered HTTP ${response.status}`);
    return response.json() as Promise<unknown>;
  });
}
