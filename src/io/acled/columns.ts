/** The columns of ACLED's public CSV export (2023 layout and later), in export order. */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

export type AcledColumn = (typeof ACLED_COLUMNS)[number];

/** Without these a row cannot become an event: they say which event, when, and what kind. */
export const REQUIRED_ACLED_COLUMNS: readonly AcledColumn[] = ['event_id_cnty', 'event_date', 'event_type'];

/** One data row, keyed by column name (lower-case, trimmed); a column the file lacks reads as "". */
export interface AcledRow {
  /** The spreadsheet row number: the header is row 1, the first event row 2. */
  rowNumber: number;
  get(column: AcledColumn): string;
}

/** `rows[12].latitude`: where a problem is, as an editor finds it in the spreadsheet. */
export function rowPath(rowNumber: number, column?: AcledColumn): string {
  return column ? `rows[${rowNumber}].${column}` : `rows[${rowNumber}]`;
}
