import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { Timeline } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import { en } from '../../src/i18n/messages';

describe('Timeline keyboard and live-region markup on the server (no DOM)', () => {
  const render = (props: Record<string, unknown> = {}) =>
    renderToString(createElement(Timeline, { dataset: escalation2023, locale: 'en-GB', initialWidth: 900, ...props }));

  it('renders the one polite live region, empty, so screen readers register it before it speaks', () => {
    const html = render();
    expect(html.match(/aria-live=/g)).toHaveLength(1);
    expect(html).toMatch(/<p class="fp-live-region" role="status" aria-live="polite" aria-atomic="true"><\/p>/);
  });

  it('describes the plot with the keyboard help, and gives it one tab stop', () => {
    const html = render();
    const id = html.match(/<svg[^>]*class="fp-plot"[^>]*aria-describedby="([^"]+)"/)![1]!;
    expect(html).toContain(`id="${id}" class="fp-visually-hidden">${en.keyboardHelp.replace(/'/g, '&#x27;')}</p>`);
    expect(html.match(/tabindex="0"/g)?.length).toBeGreaterThanOrEqual(1);
    expect(html.match(/<g class="fp-(?:mark|cluster)"[^>]*tabindex="0"/g)).toHaveLength(1);
  });

  it('draws a reversed axis with axisDirection "rtl", coordinates still left to right', () => {
    const ltr = render();
    const rtl = render({ axisDirection: 'rtl' });
    expect(rtl).toMatch(/<svg[^>]*class="fp-plot"[^>]*direction="ltr"[^>]*data-axis-direction="rtl"/);
    const x = (html: string, id: string) =>
      Number(html.match(new RegExp(`data-event-id="${id}"[\\s\\S]*?class="fp-mark__ring" cx="([\\d.]+)"`))![1]);
    expect(x(ltr, 'hamas-attack-on-israel')).toBeLessThan(x(ltr, 'tower-22-drone-attack'));
    expect(x(rtl, 'hamas-attack-on-israel')).toBeGreaterThan(x(rtl, 'tower-22-drone-attack'));
    expect(rtl).not.toMatch(/\sstyle="/);
  });
});
