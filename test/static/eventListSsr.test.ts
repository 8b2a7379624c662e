import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EventList } from '../../src/react/index';
import { event, fixtureDataset } from '../react/eventListFixture';

describe('EventList on the server (renderToString, no DOM)', () => {
  const dataset = fixtureDataset([
    ...fixtureDataset().events,
    event({
      id: 'xss',
      start: '2023-10-30',
      title: 'Attack <script>alert("x")</script> & more',
      summary: '<b>bold?</b>',
    }),
  ]);

  it('renders without any DOM globals', () => {
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
  });

  it('renders the ordered list with every event id, and no style attributes', () => {
    const html = renderToString(createElement(EventList, { dataset }));
    expect(html).toMatch(/<ol[^>]*data-fp="event-list"/);
    for (const { id } of dataset.events) expect(html).toContain(`data-event-id="${id}"`);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).toContain('<time class="fp-event__time" dateTime="2023-12-26T04:45:00+03:00">');
  });

  it('escapes text from data: a <script> in a title never appears raw', () => {
    const html = renderToString(createElement(EventList, { dataset }));
    expect(html).toContain('Attack &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>bold?</b>');
  });

  it('renders the same markup twice for the same idPrefix (deterministic)', () => {
    const a = renderToString(createElement(EventList, { dataset, idPrefix: 'x' }));
    const b = renderToString(createElement(EventList, { dataset, idPrefix: 'x' }));
    expect(a).toBe(b);
    expect(a).toContain('id="x-event-drone"');
    expect(a).toContain('href="#x-event-drone"');
  });
});
