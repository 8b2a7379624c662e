// Every payload of test/xss/payloads.txt in every column or field of the three importers' input (the spreadsheet
// template, TimelineJS JSON with HTML, ACLED CSV), and what they make rendered in Chromium: nothing runs, nothing
// unsafe reaches the DOM, and the text arrives as text.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { fromAcled, fromCsv, fromTimelineJS } from '../../src/io/index';
import type { SafeParseResult } from '../../src/schema/index';
import '../../src/theme/styles.css';
import { unmountAll } from './mountInBrowser';
import { loadPayloads, type Payload } from '../xss/loadPayloads';
import { hostileAcledCsv, hostileTemplateCsv, hostileTimelineJs } from '../xss/hostileImports';
import { findUnsafeDom } from '../xss/unsafeDom';
import { installSentinel, settle } from '../xss/sentinel';
import { renderAll } from '../xss/renderEverything';
import { zoneIndependentRepeat } from './zoneRepeat';

const fired = installSentinel();
const payloads = loadPayloads();

const IMPORTERS: [string, (text: string) => SafeParseResult][] = [
  ['fromCsv', (text) => fromCsv(hostileTemplateCsv(text), { title: text, credit: text })],
  ['fromTimelineJS', (text) => fromTimelineJS(hostileTimelineJs(text))],
  ['fromAcled', (text) => fromAcled(hostileAcledCsv(text), { title: text })],
];

afterEach(unmountAll);
afterAll(async () => {
  await settle(300);
  expect(fired).toEqual([]);
});

describe.skipIf(zoneIndependentRepeat)('hostile text through the importers, in Chromium', () => {
  it.each(IMPORTERS)('%s keeps the event whose required cells are valid (the check renders something)', (_, read) => {
    const { dataset } = read('Plain words');
    expect(dataset.events.length).toBeGreaterThan(0);
    expect(JSON.stringify(dataset.events[0])).toContain('Plain words');
  });

  it.each(payloads.map((p): [number, Payload] => [p.line, p]))(
    'payload on line %i: nothing runs, nothing unsafe',
    async (_, payload) => {
      for (const [, read] of IMPORTERS) {
        const parsed = read(payload.text);
        const host = await renderAll(parsed, parsed.dataset.events[0]?.id);
        expect(findUnsafeDom([host])).toEqual([]);
        expect(fired).toEqual([]);
        unmountAll();
      }
    },
  );
});
