// Every payload of test/xss/payloads.txt in every text and URL field of a dataset, through safeParseDataset, into
// every component that shows a dataset, in Chromium: nothing runs, nothing unsafe reaches the DOM.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { safeParseDataset } from '../../src/schema/index';
import '../../src/theme/styles.css';
import { unmountAll } from './mountInBrowser';
import { loadPayloads, type Payload } from '../xss/loadPayloads';
import { hostileDatasetInput } from '../xss/hostileDataset';
import { elementNames, findUnsafeDom } from '../xss/unsafeDom';
import { appliedCss, installSentinel, settle } from '../xss/sentinel';
import { renderAll as renderParsed } from '../xss/renderEverything';
import { zoneIndependentRepeat } from './zoneRepeat';

const fired = installSentinel();
const payloads = loadPayloads();

/** Text as a reader sees it: control characters gone, runs of white space as one space. */
const readable = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001f\u007f\u202e]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const renderAll = (text: string) => renderParsed(safeParseDataset(hostileDatasetInput(text)));

const baseline = await (async () => {
  const host = await renderAll('Plain words');
  const names = elementNames([host]);
  unmountAll();
  return names;
})();

afterEach(unmountAll);

afterAll(async () => {
  // Late timers, image errors and animations of every payload: still nothing may have run.
  await settle(500);
  expect(fired).toEqual([]);
});

describe.skipIf(zoneIndependentRepeat)('hostile text in every dataset field, in Chromium', () => {
  it('the plain render shows the parts the check relies on (graphic, list view, detail, issues, tooltip)', async () => {
    const host = await renderAll('Plain words');
    expect(host.querySelector('[data-fp="timeline"] svg')).not.toBeNull();
    expect(host.querySelector('[data-xss="list-view"] button[aria-pressed="true"]')).not.toBeNull();
    expect(host.querySelector('[data-fp="event-detail"]')).not.toBeNull();
    expect(host.querySelector('[role="tooltip"]')).not.toBeNull();
    expect(host.querySelectorAll('img[src^="https://ok.example/"]').length).toBeGreaterThan(0);
    expect(host.textContent).toContain('Plain words');
  });

  it('the checks see what they must: handlers, script URLs, style elements and url() in styles', () => {
    const sample = document.createElement('div');
    sample.innerHTML =
      '<img src="x" onerror="void 0"><a href="javascript:void 0">a</a><style>a{}</style><i style="background:url(x)"></i>';
    expect(findUnsafeDom([sample])).toHaveLength(5);
    expect(findUnsafeDom([document.createElement('div')])).toEqual([]);
  });

  it.each(payloads.map((p): [number, Payload] => [p.line, p]))(
    'payload on line %i: nothing runs, nothing unsafe',
    async (_, payload) => {
      const host = await renderAll(payload.text);
      expect(fired, 'the sentinel fired').toEqual([]);
      // Shown as the words it is (white space and control characters aside), not read as markup.
      expect(readable(host.textContent ?? '')).toContain(readable(payload.text));
      expect(findUnsafeDom([host])).toEqual([]);
      const extra = elementNames([host]).filter((name) => !baseline.includes(name));
      expect(extra, 'elements a plain render does not have').toEqual([]);
      expect(appliedCss().filter((css) => /url\(\s*["']?(?!data:image\/svg\+xml)[^)]*evil/i.test(css))).toEqual([]);
    },
  );
});
