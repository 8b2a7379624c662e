import { useSyncExternalStore } from 'react';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Mercator } from '@visx/geo';
import { loadCountryOutlines } from './loadCountryOutlines';

/** A country outline from world-atlas (Natural Earth 1:110m): `id` is its ISO 3166-1 numeric code. */
export type CountryFeature = Feature<Geometry, { name?: string }>;

/** visx's Mercator projection component, loaded with the outlines. */
export type MercatorComponent = typeof Mercator;

export type WorldAtlas =
  | { status: 'loading' }
  | { status: 'ready'; countries: readonly CountryFeature[]; Mercator: MercatorComponent }
  | { status: 'error' };

const LOADING: WorldAtlas = { status: 'loading' };
const ERROR: WorldAtlas = { status: 'error' };

// One load per page, shared by every map (the outlines never change); nothing runs at import time.
let current: WorldAtlas = LOADING;
let pending: Promise<WorldAtlas> | null = null;
const listeners = new Set<() => void>();

async function fetchAtlas(): Promise<WorldAtlas> {
  // Dynamic imports: the 108 KB TopoJSON (39 KB gzipped), its decoder and the projection code (@visx/geo
  // with d3-geo, 13 KB gzipped) stay out of the `flashpoint/react` bundle and arrive as their own chunks,
  // from the installed packages (no tile server, works offline), only once a map is shown.
  const [{ feature }, atlas, { Mercator }] = await Promise.all([
    import('topojson-client'),
    loadCountryOutlines(),
    import('@visx/geo'),
  ]);
  const topology = ((atlas as { default?: unknown }).default ?? atlas) as Topology<{
    countries: GeometryCollection<{ name?: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries);
  if (!('features' in collection) || !Array.isArray(collection.features)) throw new Error('world-atlas: no countries');
  return { status: 'ready', countries: collection.features as CountryFeature[], Mercator };
}

/**
 * Loads the country outlines (and the projection code) once per page and tells every subscriber. A failed
 * load is reported, and tried again by the next map that mounts. Stories and tests can await it so the land
 * is there on the first render.
 */
export function loadWorldAtlas(): Promise<WorldAtlas> {
  if (!pending) {
    pending = fetchAtlas()
      .catch(() => ERROR)
      .then((state) => {
        current = state;
        if (state.status === 'error') pending = null;
        for (const listener of listeners) listener();
        return state;
      });
  }
  return pending;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (current.status !== 'ready') void loadWorldAtlas();
  return () => {
    listeners.delete(listener);
  };
}

const getSnapshot = () => current;
const getServerSnapshot = () => LOADING;
const idle = () => () => {};

/**
 * The world's country outlines, loaded lazily when the first map mounts (never on the server, never at
 * import time). Starts as `loading` on the server and during hydration, so server and client markup match.
 * `enabled: false` (a map with nothing to draw) never loads them.
 */
export function useWorldAtlas(enabled = true): WorldAtlas {
  const state = useSyncExternalStore(enabled ? subscribe : idle, getSnapshot, getServerSnapshot);
  return enabled ? state : LOADING;
}
