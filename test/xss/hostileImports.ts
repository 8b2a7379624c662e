// The payload in every column or field of each importer's input: the spreadsheet template (fromCsv), TimelineJS
// JSON (fromTimelineJS, HTML in text.headline and text.text) and ACLED CSV (fromAcled).
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { CSV_COLUMNS } from '../../src/io/csvColumns';
import acledSample from '../fixtures/acled-sample.csv?raw';

/** Cells that must be valid for the row's event to be kept; every other cell is the payload. */
const CSV_VALID: Record<string, string> = {
  id: 'e1',
  start: '2024-01-10',
  end: '2024-01-12',
  precision: 'day',
  approximate: 'no',
  time_zone: 'Asia/Baghdad',
  category: 'attack',
  lat: '33.3',
  lon: '44.4',
  coordinates_approximate: 'no',
  killed: '3',
  injured: '2',
  casualty_status: 'claimed',
  casualty_as_of: '2024-01-11',
  source_urls: 'https://ok.example/a',
  significance: '4',
  confidence: 'low',
};

/** A template CSV: one row valid where it must be and hostile elsewhere, one row hostile in every cell. */
export function hostileTemplateCsv(text: string): string {
  const names = CSV_COLUMNS.map((column) => column.name);
  const kept = names.map((name) => CSV_VALID[name] ?? text);
  const source = names.map((name) =>
    name === 'id' ? 'e2' : name === 'source_urls' ? text : (CSV_VALID[name] ?? text),
  );
  const hostile = names.map(() => text);
  return csvFormatRows([names, kept, source, hostile]);
}

/** A TimelineJS file with the payload in every field, as text and inside HTML, beside a slide with valid dates. */
export function hostileTimelineJs(text: string): unknown {
  const slide = (i: number, date: unknown) => ({
    start_date: date,
    end_date: { year: 2024, month: 1, day: 20, display_date: text },
    display_date: text,
    text: { headline: `<b>${text}</b> ${text}`, text: `<p>${text}</p><a href="${text}">${text}</a>` },
    media: {
      url: i === 0 ? 'https://ok.example/p.jpg' : text,
      caption: text,
      credit: text,
      thumbnail: text,
      alt: text,
      title: text,
      link: text,
    },
    location: { name: text, lat: 33, lon: 44 },
    group: text,
    unique_id: i === 0 ? 's0' : text,
    background: { url: text, color: text },
    autolink: true,
  });
  return {
    title: { text: { headline: text, text: `<script>${text}</script>${text}` }, media: { url: text, caption: text } },
    events: [
      slide(0, { year: 2024, month: 1, day: 10, hour: 5 }),
      slide(1, { year: 2024, month: 1, day: 12 }),
      slide(2, text),
    ],
    eras: [
      { start_date: { year: 2024, month: 1 }, end_date: { year: 2024, month: 2 }, text: { headline: text, text } },
    ],
    scale: text,
    flashpoint: { timeZone: text },
  };
}

/** Columns of an ACLED row that must be valid for it to become an event. */
const ACLED_VALID = new Set([
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'latitude',
  'longitude',
  'fatalities',
  'timestamp',
]);

/** The ACLED sample's header and first row, the payload in every other column; then a row all payload. */
export function hostileAcledCsv(text: string): string {
  const [names, first] = csvParseRows(acledSample);
  const kept = names!.map((name, i) => (ACLED_VALID.has(name) ? first![i]! : text));
  return csvFormatRows([names!, kept, names!.map(() => text)]);
}
