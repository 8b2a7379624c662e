import { csvParseRows } from 'd3-dsv';
import {
  emptyDataset,
  safeParseDataset,
  type Dataset,
  type DatasetIssue,
  type TimelineEventInput,
} from '../schema/index';
import { createActorRegistry } from './acled/actors';
import { ACLED_CATEGORIES } from './acled/categories';
import { REQUIRED_ACLED_COLUMNS, rowPath, type AcledColumn, type AcledRow } from './acled/columns';
import { mapIssuePaths } from './acled/mapIssuePaths';
import { rowToEvent } from './acled/rowToEvent';
import { createSourceRegistry } from './acled/sources';

export interface FromAcledOptions {
  /** The dataset title; default "ACLED events in <countries>" (up to three), else "ACLED events". */
  title?: string;
  description?: string;
  /** IANA zone in which ACLED's dates (local calendar days, no time) are read; default "UTC". */
  timeZone?: string;
  /** Default: the attribution ACLED's terms of use ask for. */
  credit?: string;
  /**
   * `auto` (default): actor2 is a target only when ACLED codes it as civilians, because ACLED's actor order
   * implies no direction; otherwise both sides are acting actors. `targets`: actor2 is always a target.
   */
  actor2?: 'auto' | 'targets';
  /** ACLED writes 0 when no deaths were reported; by default that becomes no figure, not "0 killed". */
  includeZeroFatalities?: boolean;
}

export interface FromAcledResult {
  dataset: Dataset;
  issues: DatasetIssue[];
}

export const ACLED_CREDIT = 'Data: Armed Conflict Location & Event Data (ACLED), acleddata.com';

function readRows(text: string, issues: DatasetIssue[]): AcledRow[] | null {
  const [header, ...body] = csvParseRows(text.replace(/^\uFEFF/, ''));
  if (!header || header.every((cell) => cell.trim() === '')) {
    issues.push({ path: '', message: 'the file is empty (expected an ACLED CSV export with a header row)' });
    return null;
  }
  const columns = new Map(header.map((name, index) => [name.trim().toLowerCase(), index] as const));
  const missing = REQUIRED_ACLED_COLUMNS.filter((column) => !columns.has(column));
  if (missing.length > 0) {
    issues.push({
      path: rowPath(1),
      message: `the header has no ${missing.map((c) => `"${c}"`).join(', ')} column${missing.length > 1 ? 's' : ''}: is this an ACLED export?`,
    });
    return null;
  }
  return body
    .map((cells, index) => ({
      rowNumber: index + 2,
      get: (column: AcledColumn) => cells[columns.get(column) ?? -1] ?? '',
      blank: cells.every((cell) => cell.trim() === ''),
    }))
    .filter((row) => !row.blank);
}

function defaultTitle(countries: string[]): string {
  const distinct = [...new Set(countries.filter((c) => c !== ''))];
  return distinct.length > 0 && distinct.length <= 3 ? `ACLED events in ${distinct.join(', ')}` : 'ACLED events';
}

function latestTimestamp(rows: AcledRow[]): string | undefined {
  const seconds = rows.map((row) => Number(row.get('timestamp').trim())).filter((n) => Number.isInteger(n) && n > 0);
  return seconds.length ? new Date(Math.max(...seconds) * 1000).toISOString().replace(/\.000Z$/, 'Z') : undefined;
}

/**
 * An ACLED CSV export (acleddata.com) → a Flashpoint dataset, keeping every row that has a usable date.
 * Problems are reported at `rows[N].column` (N is the spreadsheet row; the header is row 1).
 *
 * Mapping: `event_id_cnty` → id; `event_date` + `time_precision` → start, precision, approximate, dateNote;
 * `sub_event_type` + `location` → title ("Air/drone strike in Abu Kamal"); `notes` → summary; event types →
 * categories (see acled/categories.ts); actors (see acled/rowToEvent.ts); `location`, `country`,
 * `latitude`, `longitude`, `geo_precision` → location; `source` → one Source per outlet; `fatalities` → one
 * casualty report "reported" by ACLED; `tags` and `civilian_targeting` → tags; the latest `timestamp` →
 * `updated`. Not carried over: `disorder_type`, `interaction`, `iso`, `region`, `admin1`–`admin3` (used
 * only as a place name when `location` is empty) and `source_scale` (used only for the source kind).
 */
export function fromAcled(csvText: string, options: FromAcledOptions = {}): FromAcledResult {
  const issues: DatasetIssue[] = [];
  const rows = readRows(csvText, issues);
  if (!rows) return { dataset: emptyDataset(options.title ?? 'ACLED events'), issues };

  const actors = createActorRegistry();
  const sources = createSourceRegistry();
  const context = {
    actors,
    sources,
    issues,
    actor2: options.actor2 ?? 'auto',
    includeZeroFatalities: options.includeZeroFatalities ?? false,
  };
  const events: TimelineEventInput[] = [];
  const eventRows: number[] = [];
  for (const row of rows) {
    const event = rowToEvent(row, context);
    if (!event) continue;
    events.push(event);
    eventRows.push(row.rowNumber);
  }
  const usedCategories = new Set(events.map((event) => event.category));
  const updated = latestTimestamp(rows);
  const raw = {
    title: options.title ?? defaultTitle(rows.map((row) => row.get('country').trim())),
    description:
      options.description ??
      'Events coded by the Armed Conflict Location & Event Data project (ACLED). Fatality figures are ACLED estimates from published reports.',
    ...(updated && { updated }),
    credit: options.credit ?? ACLED_CREDIT,
    language: 'en',
    timeZone: options.timeZone ?? 'UTC',
    categories: Object.values(ACLED_CATEGORIES).filter((category) => usedCategories.has(category.id)),
    actors: actors.actors,
    sources: sources.sources,
    events,
  };
  const parsed = safeParseDataset(raw);
  const origins = { events: eventRows, actors: actors.firstSeen, sources: sources.firstSeen };
  const all = [...issues, ...mapIssuePaths(parsed.issues, origins)];
  // In spreadsheet order, as an editor goes through the rows (stable: a row's problems keep their order).
  const rowOf = (issue: DatasetIssue) => Number(/^rows\[(\d+)\]/.exec(issue.path)?.[1] ?? 0);
  return { dataset: parsed.dataset, issues: all.sort((a, b) => rowOf(a) - rowOf(b)) };
}
