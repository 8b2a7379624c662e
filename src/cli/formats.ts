import { csvParseRows } from 'd3-dsv';
import { emptyDataset, safeParseDataset, type Dataset, type DatasetIssue } from '../schema/index';
import { CliError } from './CliError';

export const FORMATS = ['json', 'csv', 'timelinejs', 'acled'] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(command: string, value: string | undefined): Format | undefined {
  if (value === undefined) return undefined;
  const format = value.toLowerCase() as Format;
  if (FORMATS.includes(format)) return format;
  throw new CliError(`flashpoint ${command}: --from must be one of ${FORMATS.join(', ')} (got "${value}")`);
}

function isTimelineJS(text: string): boolean {
  try {
    const value = JSON.parse(text) as { events?: unknown };
    return (
      Array.isArray(value?.events) &&
      value.events.some((event) => {
        const start = (event as { start_date?: unknown } | null)?.start_date;
        return typeof start === 'object' && start !== null;
      })
    );
  } catch {
    return false; // not JSON at all: the JSON importer says so
  }
}

function isAcled(text: string): boolean {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const header = csvParseRows(firstLine)[0] ?? [];
  return header.some((column) => column.trim().toLowerCase() === 'event_id_cnty');
}

/**
 * The format of a file, from its name and its content: `.json` is a Flashpoint dataset, or TimelineJS
 * when its events have `start_date` objects; `.csv` is the spreadsheet template, or ACLED when the header
 * has `event_id_cnty`. Other names (and standard input) are read as JSON when the text starts with `{` or
 * `[`, as CSV otherwise.
 */
export function detectFormat(path: string, text: string): Format {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  const json = extension === 'json' || (extension !== 'csv' && /^\uFEFF?\s*[{[]/.test(text));
  if (json) return isTimelineJS(text) ? 'timelinejs' : 'json';
  return isAcled(text) ? 'acled' : 'csv';
}

export interface ImportOptions {
  timeZone?: string;
  title?: string;
}

/** Reads the text in the given format: `{ dataset, issues }`, like safeParseDataset. */
export async function importDataset(
  format: Format,
  text: string,
  options: ImportOptions,
): Promise<{ dataset: Dataset; issues: DatasetIssue[] }> {
  const zone = options.timeZone === undefined ? {} : { timeZone: options.timeZone };
  const result = await (async () => {
    switch (format) {
      case 'json':
        return safeParseDataset(text.replace(/^\uFEFF/, ''));
      case 'timelinejs': {
        let json: unknown;
        try {
          json = JSON.parse(text.replace(/^\uFEFF/, ''));
        } catch (error) {
          const issue = { path: '', message: `the text is not valid JSON (${(error as Error).message})` };
          return { dataset: emptyDataset(), issues: [issue] };
        }
        const { fromTimelineJS } = await import('../io/fromTimelineJS');
        return fromTimelineJS(json, zone);
      }
      case 'csv': {
        const { fromCsv } = await import('../io/fromCsv');
        return fromCsv(text, { ...zone, ...(options.title !== undefined && { title: options.title }) });
      }
      case 'acled': {
        const { fromAcled } = await import('../io/fromAcled');
        return fromAcled(text, { ...zone, ...(options.title !== undefined && { title: options.title }) });
      }
    }
  })();
  if (options.title !== undefined) result.dataset = { ...result.dataset, title: options.title };
  return result;
}
