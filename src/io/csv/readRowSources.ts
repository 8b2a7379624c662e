import { isHttpUrl } from '../../schema/urls';
import type { CsvRow } from './csvRow';
import { splitList } from './listCell';
import type { SourceRegistry } from './sourceRegistry';

export interface RowSources {
  /** Source id at each position of the lists (undefined where a source was left out or the slot is empty). */
  ids: (string | undefined)[];
  problems: { column: 'source_urls' | 'source_outlets'; message: string }[];
}

/**
 * The event's sources: `source_urls`, `source_outlets` and `source_titles` are `;`-separated lists paired by
 * position. Every source needs an outlet; a link or a headline is optional. A link that is not http(s) is dropped
 * (the source stays, without it) and reported.
 */
export function readRowSources(row: CsvRow, registry: SourceRegistry): RowSources {
  const urls = splitList(row.get('source_urls'));
  const outlets = splitList(row.get('source_outlets'));
  const titles = splitList(row.get('source_titles'));
  const out: RowSources = { ids: [], problems: [] };
  const count = Math.max(urls.length, outlets.length, titles.length);
  for (let i = 0; i < count; i++) {
    let url = urls[i] || undefined;
    const outlet = outlets[i] || undefined;
    const title = titles[i] || undefined;
    out.ids.push(undefined);
    if (url === undefined && outlet === undefined && title === undefined) continue;
    if (url !== undefined && !isHttpUrl(url)) {
      out.problems.push({
        column: 'source_urls',
        message: `"${url}" is not a web address (only http:// and https:// links); source ${i + 1} is kept without it`,
      });
      url = undefined;
    }
    if (outlet === undefined) {
      out.problems.push({
        column: 'source_outlets',
        message: `source ${i + 1} (${urls[i] || title}) has no outlet: write its publisher at position ${i + 1} of source_outlets (source left out)`,
      });
      continue;
    }
    out.ids[i] = registry.idFor(outlet, url, title, { line: row.line, column: 'source_outlets' });
  }
  return out;
}
