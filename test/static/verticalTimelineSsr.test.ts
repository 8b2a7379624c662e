import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { VerticalTimeline } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';

describe('VerticalTimeline on the server (renderToString, no DOM)', () => {
  const render = (props: Partial<Parameters<typeof VerticalTimeline>[0]> = {}) =>
    renderToString(createElement(VerticalTimeline, { dataset: escalation2023, locale: 'en-GB', ...props }));
  const html = render({ defaultSelectedId: 'tower-22-drone-attack' });

  it('renders without DOM globals or IntersectionObserver', () => {
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
    expect(typeof IntersectionObserver).toBe('undefined');
    expect(html).toMatch(/<section[^>]*data-fp="vertical-timeline"/);
    expect(html).toMatch(/<section[^>]*lang="en-GB"[^>]*dir="ltr"/);
  });

  it('has every event as a card, each once, and the breaks in words', () => {
    for (const event of escalation2023.events) {
      expect(html.split(`data-event-id="${event.id}"`)).toHaveLength(2);
    }
    expect(html).toMatch(/class="fp-vertical__break"[^>]*><span class="fp-vertical__break-label">17 days later</);
  });

  it('marks the selected card and gives it the one tab stop; nothing is "current" before scrolling', () => {
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
    expect(html).toMatch(/<li[^>]*data-event-id="tower-22-drone-attack"[^>]*aria-current="true"[^>]*tabindex="0"/);
    expect(html).not.toContain('data-current');
  });

  it('writes no style attribute (strict CSP)', () => {
    expect(html).not.toMatch(/\sstyle="/);
    expect(render({ locale: 'ar', numberingSystem: 'arab' })).not.toMatch(/\sstyle="/);
  });

  it('is right to left in Arabic, with the breaks in Arabic numbers', () => {
    const arabic = render({ locale: 'ar', numberingSystem: 'arab' });
    expect(arabic).toMatch(/<section[^>]*lang="ar"[^>]*dir="rtl"/);
    expect(arabic).toMatch(/fp-vertical__break-label">[^<]*١٧/);
  });
});
