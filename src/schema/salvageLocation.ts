import type { DatasetIssue } from './DatasetIssue';
import { locationSchema } from './location';
import { zodIssueToDatasetIssue } from './zodIssueToDatasetIssue';

const inRange = (value: unknown, limit: number) =>
  typeof value === 'number' && Number.isFinite(value) && value >= -limit && value <= limit;

/** The cheap test that passes almost every location without asking zod twice. */
function looksValid(place: Record<string, unknown>): boolean {
  const hasLat = place.lat !== undefined;
  if (hasLat !== (place.lon !== undefined)) return false;
  if (hasLat && !(inRange(place.lat, 90) && inRange(place.lon, 180))) return false;
  return typeof place.name === 'string' && place.name.trim() !== '';
}

/** NaN and ±Infinity can only come from a JS object, never JSON text; zod would call them "not a number". */
function describeNonFinite(place: Record<string, unknown>): string | null {
  for (const key of ['lat', 'lon'] as const) {
    const value = place[key];
    if (typeof value === 'number' && !Number.isFinite(value)) {
      return `${key === 'lat' ? 'latitude' : 'longitude'} is ${String(value)}, not a finite number`;
    }
  }
  return null;
}

/**
 * A location the event can keep: bad coordinates (NaN, ±Infinity, out of range, only one of the two) are
 * removed and the place keeps its name; a location that is still not valid (no name) is removed. Either way
 * the event is kept, and each removal is an issue. Returns undefined for "remove the location".
 */
export function salvageLocation(raw: unknown, path: string, issues: DatasetIssue[], eventId?: string): unknown {
  if (raw === undefined) return raw;
  const tag = eventId !== undefined ? { eventId } : {};
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const place = raw as Record<string, unknown>;
    if (looksValid(place)) return raw;
    const nonFinite = describeNonFinite(place);
    const coordinatesBad =
      nonFinite !== null || !locationSchema.safeParse({ name: 'x', lat: place.lat, lon: place.lon }).success;
    if (coordinatesBad) {
      if (nonFinite) issues.push({ path, message: nonFinite, ...tag });
      else reportZod({ name: 'x', lat: place.lat, lon: place.lon }, path, issues, eventId);
      issues.push({
        path,
        message: 'the coordinates were removed; the place keeps its name but is not on the map',
        ...tag,
      });
      const { lat: _lat, lon: _lon, ...rest } = place;
      if (locationSchema.safeParse(rest).success) return rest;
      return removed(rest, path, issues, eventId);
    }
  }
  return removed(raw, path, issues, eventId);
}

function reportZod(value: unknown, path: string, issues: DatasetIssue[], eventId?: string) {
  const result = locationSchema.safeParse(value, { reportInput: true });
  if (result.success) return;
  for (const issue of result.error.issues) {
    const out = zodIssueToDatasetIssue(issue, [], eventId);
    issues.push({ ...out, path: out.path ? `${path}.${out.path}` : path });
  }
}

function removed(value: unknown, path: string, issues: DatasetIssue[], eventId?: string): undefined {
  reportZod(value, path, issues, eventId);
  issues.push({
    path,
    message: 'this location was left out; the event is kept',
    ...(eventId !== undefined && { eventId }),
  });
  return undefined;
}
