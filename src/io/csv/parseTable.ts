import { csvParseRows, dsvFormat, tsvParseRows } from 'd3-dsv';
import { headerKey, isKnownHeader } from './readHeader';

const semicolonParseRows = dsvFormat(';').parseRows;
const PARSERS = [
  { delimiter: ',', parseRows: csvParseRows },
  { delimiter: '\t', parseRows: tsvParseRows },
  { delimiter: ';', parseRows: semicolonParseRows },
] as const;

/**
 * The cells of the text, split by whichever of `,`, tab or `;` makes the most template columns of the header row
 * (a comma when none does better). Tabs come from cells copied out of a spreadsheet and pasted; `;` from Excel in
 * languages that write a decimal comma. A byte-order mark is dropped; CRLF and quoted line breaks are d3-dsv's.
 */
export function parseTable(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  let best: (typeof PARSERS)[number] = PARSERS[0];
  let bestCount = -1;
  for (const parser of PARSERS) {
    const count = firstLine
      .split(parser.delimiter)
      .filter((cell) => isKnownHeader(headerKey(cell.trim().replace(/^"|"$/g, '')))).length;
    if (count > bestCount) {
      best = parser;
      bestCount = count;
    }
  }
  return best.parseRows(body);
}
