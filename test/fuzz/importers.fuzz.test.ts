import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { safeParseDataset } from '../../src/schema/index';
import { fromAcled, fromCsv, fromTimelineJS } from '../../src/io/index';
import { escalation2023 } from '../../src/datasets/index';

// Issue 10, part 1: whatever text or JSON an importer is handed, it returns a dataset and issues, never throws; an
// event it drops is named by an issue, and a valid event is never dropped.
const RUNS = { numRuns: 300, seed: 10 };

/** Any JSON value, with keys the schema knows showing up often enough to reach deep checks. */
const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    fc.dictionary(
      fc.constantFrom('id', 'title', 'start', 'end', 'category', 'actors', 'location', 'casualties', 'related', 'lat'),
      tie('value'),
      { maxKeys: 6 },
    ),
  ),
})).value;

const validEvents = escalation2023.events.slice(0, 12);

describe('importers under arbitrary input', () => {
  it('safeParseDataset never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), jsonish), (input) => {
        const { dataset, issues } = safeParseDataset(input);
        expect(Array.isArray(dataset.events)).toBe(true);
        expect(Array.isArray(issues)).toBe(true);
      }),
      RUNS,
    );
  });

  it('safeParseDataset keeps every valid event and names every dropped one in an issue', () => {
    fc.assert(
      fc.property(fc.array(jsonish, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 6 }), (junk, places) => {
        // Junk events slipped in among valid ones at random places.
        const events: unknown[] = [...validEvents];
        junk.forEach((item, k) => events.splice((places[k] ?? 0) % (events.length + 1), 0, item));
        const input = { ...escalation2023, events };
        const { dataset, issues } = safeParseDataset(JSON.parse(JSON.stringify(input)));
        const kept = new Set(dataset.events.map((event) => event.id));
        for (const event of validEvents) expect(kept.has(event.id)).toBe(true);
        // Every dropped event is named: at least as many distinct events[i] in the issues as events dropped.
        const named = new Set(issues.flatMap((issue) => /^events\[(\d+)\]/.exec(issue.path)?.[1] ?? []));
        expect(named.size).toBeGreaterThanOrEqual(events.length - dataset.events.length);
      }),
      { numRuns: 150, seed: 11 },
    );
    // ~2 s alone; up to 5 s on the 2-core machine while other suites run.
  }, 20_000);

  it('fromCsv, fromAcled and fromTimelineJS never throw on arbitrary text and JSON', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), jsonish, (text, json) => {
        for (const result of [fromCsv(text), fromAcled(text), fromTimelineJS(json), fromTimelineJS(text)]) {
          expect(Array.isArray(result.dataset.events)).toBe(true);
          expect(Array.isArray(result.issues)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('CSV text built from the template columns with random cells never throws, and dropped rows come with issues', () => {
    const header = 'id,title,start,end,category,actors,targets,location,country,lat,lon,summary,sources';
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('2023-10-17', '2023-10-17T10:00:00+03:00', 'attack', 'strike', '33.3', 'NaN', 'Infinity', '=1+1'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 13, maxLength: 13 }), { minLength: 1, maxLength: 8 }),
        (rows) => {
          const text = [header, ...rows.map((row) => row.map((c) => `"${c.replaceAll('"', '""')}"`).join(','))].join(
            '\n',
          );
          const { dataset, issues } = fromCsv(text);
          expect(dataset.events.length).toBeLessThanOrEqual(rows.length);
          if (dataset.events.length < rows.length) expect(issues.length).toBeGreaterThan(0);
        },
      ),
      RUNS,
    );
  });

  it('an event with a valid id, date, title and category is kept whatever its text, coordinates or significance', () => {
    // docs/edge-cases.md: text is shortened, bad coordinates and significance are repaired; none drops the event.
    const anyNumber = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, 91, -181));
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 }).filter((title) => title.trim() !== ''),
        fc.option(anyNumber),
        fc.option(anyNumber),
        fc.option(fc.oneof(anyNumber, fc.string())),
        (title, lat, lon, significance) => {
          const event: Record<string, unknown> = { id: 'e1', start: '2024-01-01', title, category: 'attack' };
          event.location = { name: 'Somewhere', ...(lat !== null && { lat }), ...(lon !== null && { lon }) };
          if (significance !== null) event.significance = significance;
          const { dataset, issues } = safeParseDataset({ title: 'Fuzz', events: [event] });
          expect(dataset.events.map((kept) => kept.id)).toEqual(['e1']);
          expect(dataset.events[0]!.location?.name).toBe('Somewhere');
          const repaired = dataset.events[0]!.title !== title.trim() || dataset.events[0]!.location?.lat !== lat;
          if (repaired) expect(issues.length).toBeGreaterThan(0);
        },
      ),
      RUNS,
    );
  });
});
