import type { GeoBox, ProjectPoint } from './mapPoints';

/**
 * Where country names go on a regional map, for the Middle East and its neighbours (the region of the bundled
 * story): ISO 3166-1 alpha-2 code (for Intl.DisplayNames), English name (the fallback), east–west extent in
 * degrees (a name wider than its country is left out), and label positions, tried in order. Hand-placed, as
 * cartographers do: a country's centroid is often where its cities, and so the events, are.
 * Elsewhere the map relies on its place labels.
 */
const COUNTRIES: readonly (readonly [
  code: string,
  name: string,
  span: number,
  anchors: readonly (readonly [number, number])[],
])[] = [
  ['IQ', 'Iraq', 9.8, [[44.2, 31.3]]],
  ['SY', 'Syria', 6.7, [[38.6, 35.3]]],
  ['JO', 'Jordan', 4.3, [[36.7, 30.8]]],
  ['IL', 'Israel', 1, [[34.85, 31]]],
  ['PS', 'Palestine', 0.6, [[35.25, 31.95]]],
  ['LB', 'Lebanon', 1.2, [[35.85, 33.9]]],
  ['CY', 'Cyprus', 2.3, [[33.2, 35.05]]],
  ['TR', 'Turkey', 18, [[35.3, 39]]],
  [
    'IR',
    'Iran',
    19,
    [
      [54, 32.5],
      [47.5, 33.5],
    ],
  ],
  [
    'SA',
    'Saudi Arabia',
    20,
    [
      [44.5, 24],
      [40.8, 30.4],
    ],
  ],
  ['KW', 'Kuwait', 1.9, [[47.6, 29.3]]],
  ['EG', 'Egypt', 12, [[29.8, 26.5]]],
  ['YE', 'Yemen', 10, [[47.5, 15.6]]],
  ['OM', 'Oman', 7, [[56.8, 20.8]]],
  ['AE', 'United Arab Emirates', 4, [[54.3, 23.8]]],
  ['QA', 'Qatar', 0.7, [[51.2, 25.3]]],
  ['BH', 'Bahrain', 0.3, [[50.55, 26.05]]],
  ['AZ', 'Azerbaijan', 5, [[47.8, 40.3]]],
  ['AM', 'Armenia', 2.5, [[44.9, 40.2]]],
  ['GE', 'Georgia', 6, [[43.6, 42.2]]],
  ['AF', 'Afghanistan', 13, [[66, 33.8]]],
  ['PK', 'Pakistan', 14, [[69.5, 29.8]]],
  ['TM', 'Turkmenistan', 12, [[59, 39.2]]],
  ['SD', 'Sudan', 14, [[30, 15.5]]],
  ['ER', 'Eritrea', 3, [[38.8, 15.4]]],
  ['ET', 'Ethiopia', 15, [[39.6, 8.6]]],
  ['LY', 'Libya', 16, [[17.5, 27]]],
];

/** A country name to try on the map. */
export interface CountryLabelAnchor {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** English name, for when the reader's locale has none. */
  name: string;
  /** Where the name is centred, px. */
  x: number;
  y: number;
  /** The country's width on the map here, px: a longer name does not fit it. */
  maxWidth: number;
}

/** The countries of the built-in list whose label position lies within `frame`, with screen positions. */
export function countryLabelAnchors(frame: GeoBox | null, project: ProjectPoint): CountryLabelAnchor[] {
  if (!frame) return [];
  const [[minLon, minLat], [maxLon, maxLat]] = frame;
  const out: CountryLabelAnchor[] = [];
  for (const [code, name, span, anchors] of COUNTRIES) {
    const anchor = anchors.find(([lon, lat]) => lon > minLon && lon < maxLon && lat > minLat && lat < maxLat);
    if (!anchor) continue;
    const [lon, lat] = anchor;
    const at = project(lon, lat);
    const west = project(lon - span / 2, lat);
    const east = project(lon + span / 2, lat);
    if (!at || !west || !east) continue;
    out.push({ code, name, x: at[0], y: at[1], maxWidth: Math.abs(east[0] - west[0]) });
  }
  return out;
}
