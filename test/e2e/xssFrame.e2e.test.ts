// Every payload of test/xss/payloads.txt in every query parameter of the built iframe child (dist/embed/frame.html),
// in its #event= and #?secret= hash, and in messages from a hostile parent page, in Chromium: nothing runs,
// nothing unsafe is rendered or requested, nothing throws.
import { describe, expect, it } from 'vitest';
import { OPTION_ATTRIBUTES } from '../../src/embed/embedOptions';
import { openHtml, useEmbedBrowser } from './embedHarness';
import { loadPayloads, type Payload } from '../xss/loadPayloads';
import { attribute, errorsIn, firedIn, hostileDataPath, settlePage, unsafeEmbedDom, watchPage } from '../xss/embedPage';

const BATCH = 8;
const payloads = loadPayloads();
const batches: Payload[][] = [];
for (let i = 0; i < payloads.length; i += BATCH) batches.push(payloads.slice(i, i + BATCH));

/** The frame's own parameters besides the options: the host's scheme, transparency, pym's id and the host's URL. */
const FRAME_PARAMETERS = ['color-scheme', 'transparent', 'childId', 'parentUrl'];

function frameSrc(payload: Payload, src?: string): string {
  const query = new URLSearchParams();
  for (const name of [...OPTION_ATTRIBUTES, ...FRAME_PARAMETERS]) query.set(name, payload.text);
  if (src !== undefined) {
    query.set('src', src);
    query.set('parentUrl', `https://news.example/story#event=${encodeURIComponent(payload.text)}`);
  }
  const hash =
    src === undefined ? `#?secret=${encodeURIComponent(payload.text)}` : `#event=${encodeURIComponent(payload.text)}`;
  return `/dist/embed/frame.html?${query.toString()}${hash}`;
}

/** What a hostile parent sends: pym's and WordPress's message shapes with the payload in every part, and junk. */
function hostileMessages(text: string): unknown[] {
  const D = 'xPYMx';
  return [
    text,
    ['pym', text, 'width', text].join(D),
    ['pym', text, text, text].join(D),
    { message: 'ready', secret: text },
    { message: text, value: text, secret: text },
    { __proto__: { polluted: text }, toString: text },
  ];
}

describe('hostile query, hash and messages on the built iframe child, in Chromium', () => {
  const browser = useEmbedBrowser();

  it.each(batches.map((batch): [number, number, Payload[]] => [batch[0]!.line, batch.at(-1)!.line, batch]))(
    'payloads on lines %i–%i',
    async (_from, _to, batch) => {
      const { page, pageErrors } = await browser.open();
      const unsafeRequests = await watchPage(page, browser.origin, batch);
      const iframes = batch.flatMap((payload) =>
        [frameSrc(payload), frameSrc(payload, hostileDataPath(payload))].map(
          (src) => `<iframe title="timeline" src="${attribute(src)}" style="width:600px;height:400px"></iframe>`,
        ),
      );
      await openHtml(page, browser.origin, iframes.join('\n'), '/xss-frame-host.html');
      const frames = page.frames().filter((frame) => frame !== page.mainFrame());
      expect(frames).toHaveLength(batch.length * 2);
      for (const frame of frames) expect(await settlePage(frame, 0), `${frame.url()} settles`).toBe(true);
      await page.evaluate(
        (messages) => {
          const all = Array.from(document.querySelectorAll('iframe'));
          all.forEach((iframe, i) => {
            for (const message of messages[Math.floor(i / 2)]!) iframe.contentWindow!.postMessage(message, '*');
          });
        },
        batch.map((payload) => hostileMessages(payload.text)),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      let drawn = 0;
      for (const frame of frames) {
        expect(await firedIn(frame)).toEqual([]);
        expect(await errorsIn(frame)).toEqual([]);
        expect(await unsafeEmbedDom(frame, '#flashpoint')).toEqual([]);
        drawn += await frame.evaluate(() => document.querySelectorAll('#flashpoint [data-fp="event-list"]').length);
      }
      expect(drawn, 'the frames with a valid src drew their hostile dataset').toBeGreaterThanOrEqual(batch.length);
      expect(await firedIn(page)).toEqual([]);
      expect(unsafeRequests).toEqual([]);
      expect(pageErrors).toEqual([]);
      await page.context().close();
    },
  );
});
