import type { DatasetIssue, Location } from '../../schema/index';
import { rowPath, type AcledColumn, type AcledRow } from './columns';

/** A number from a cell: undefined when empty, NaN when it is not a number. */
export function parseNumberCell(cell: string): number | undefined {
  const text = cell.trim();
  if (text === '') return undefined;
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
}

function coordinate(row: AcledRow, column: AcledColumn, limit: number, issues: DatasetIssue[], eventId: string) {
  const cell = row.get(column).trim();
  const value = parseNumberCell(cell);
  if (value === undefined) return undefined;
  const noun = column === 'latitude' ? 'latitude' : 'longitude';
  if (Number.isNaN(value) || Math.abs(value) > limit) {
    issues.push({
      path: rowPath(row.rowNumber, column),
      message: Number.isNaN(value)
        ? `"${cell}" is not a ${noun}; the place was kept without coordinates`
        : `${noun} ${cell} is out of range (-${limit} to ${limit}); the place was kept without coordinates`,
      eventId,
    });
    return Number.NaN;
  }
  return value;
}

/**
 * `location` (or the smallest named admin area) with `country`, `latitude` and `longitude`.
 * Coordinates are marked approximate when `geo_precision` is 2 (near the place) or 3 (the centre of a
 * larger area). Bad coordinates cost only the coordinates, never the event.
 */
export function acledLocation(row: AcledRow, issues: DatasetIssue[], eventId: string): Location | undefined {
  const name = ['location', 'admin3', 'admin2', 'admin1', 'country']
    .map((column) => row.get(column as AcledColumn).trim())
    .find((value) => value !== '');
  if (name === undefined) return undefined;
  const country = row.get('country').trim();
  const place: Location = { name, ...(country && { country }) };
  const lat = coordinate(row, 'latitude', 90, issues, eventId);
  const lon = coordinate(row, 'longitude', 180, issues, eventId);
  if (lat === undefined && lon === undefined) return place;
  if (lat === undefined || lon === undefined) {
    const missing: AcledColumn = lat === undefined ? 'latitude' : 'longitude';
    if (!Number.isNaN(lat ?? lon)) {
      issues.push({
        path: rowPath(row.rowNumber, missing),
        message: `${missing} is empty; the place was kept without coordinates`,
        eventId,
      });
    }
    return place;
  }
  if (Number.isNaN(lat) || Number.isNaN(lon)) return place;
  const precision = row.get('geo_precision').trim();
  if (precision !== '' && !['1', '2', '3'].includes(precision)) {
    issues.push({
      path: rowPath(row.rowNumber, 'geo_precision'),
      message: `"${precision}" is not an ACLED geo precision (1, 2 or 3); the coordinates were marked approximate`,
      eventId,
    });
  }
  const approximate = precision !== '' && precision !== '1';
  return { ...place, lat, lon, ...(approximate && { approximate }) };
}
