import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { Timeline } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';

describe('Timeline on the server (renderToString, no DOM)', () => {
  const html = renderToString(createElement(Timeline, { dataset: escalation2023, locale: 'en-GB', initialWidth: 640 }));

  it('renders without a DOM', () => {
    expect(typeof document).toBe('undefined');
    expect(html).toContain('data-fp="timeline"');
  });

  it('draws the plot at the initial width, with marks and the axis', () => {
    expect(html).toMatch(/<svg[^>]*class="fp-plot"[^>]*width="640"/);
    expect(html).toContain('data-event-id="tower-22-drone-attack"');
    expect(html).toContain('fp-axis__major-label');
  });

  it('includes the full list of events for readers without JavaScript', () => {
    expect(html).toContain('data-fp="event-list"');
    for (const event of escalation2023.events) expect(html).toContain(`data-event-id="${event.id}"`);
  });

  it('writes no style attribute (strict CSP)', () => {
    expect(html).not.toMatch(/\sstyle="/);
  });

  it("names the time zone of the axis, and says times are the places' own", () => {
    expect(html).toMatch(/Times are local to each place; the axis shows Baghdad time \(GMT\+3\)/);
  });

  it('renders a "reader" time display as "place" (the reader’s zone is only known after mount)', () => {
    const reader = renderToString(
      createElement(Timeline, { dataset: escalation2023, locale: 'en-GB', initialWidth: 640, timeDisplay: 'reader' }),
    );
    expect(reader).toBe(html);
  });
});
