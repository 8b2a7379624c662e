import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { EventList, Timeline } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import '../../src/theme/styles.css';
import { mountInBrowser, unmountAll } from './mountInBrowser';

// Issue 7: Flashpoint ships no font. Its text, SVG labels and controls (which browsers do not let inherit
// fonts by default) take the host page's font, unless a publication sets --fp-font-family on the root.

const HOST_FONT = 'Georgia, serif';

async function mountInHost(fontFamily: string, rootFont?: string): Promise<HTMLElement> {
  await page.viewport(1100, 900);
  const host = await mountInBrowser(
    <div style={{ fontFamily }}>
      <Timeline
        dataset={escalation2023}
        locale="en-GB"
        showFilters
        showIntensity
        defaultSelectedId={escalation2023.events[0]!.id}
      />
      <EventList dataset={escalation2023} locale="en-GB" className="fp-standalone-list" />
    </div>,
    { width: 1024 },
  );
  if (rootFont)
    for (const root of host.querySelectorAll<HTMLElement>('.fp-timeline, .fp-standalone-list'))
      root.style.setProperty('--fp-font-family', rootFont);
  // Let ResizeObserver and canvas measuring run, and the layout settle.
  await new Promise((resolve) => setTimeout(resolve, 150));
  return host;
}

/** The parts whose font must be the host's: text, the SVG axis labels and every kind of control. */
function fontsOf(host: HTMLElement): Record<string, string> {
  const parts: Record<string, string> = {
    'timeline title': '.fp-timeline__title',
    'event title in the Timeline list': '.fp-timeline .fp-event__title',
    'event title in an EventList': '.fp-standalone-list .fp-event__title',
    'axis label (SVG text)': '.fp-axis__major-label',
    'zoom button': '.fp-zoom__in',
    'links select': '.fp-timeline__links select',
    'time display select': '.fp-time-display__select',
    'filter toggle (summary)': '.fp-filter-bar__toggle',
    'filter checkbox label': '.fp-filter-bar__option',
    'filter select': '.fp-filter-bar__select',
    'filter clear button': '.fp-filter-bar__clear',
  };
  const fonts: Record<string, string> = {};
  for (const [name, selector] of Object.entries(parts)) {
    const element = host.querySelector(selector);
    fonts[name] = element ? getComputedStyle(element).fontFamily : `missing: ${selector}`;
  }
  // And every other control Flashpoint draws (the detail's close button, the intensity chart's…).
  for (const control of host.querySelectorAll('button, select, input, textarea, summary, text'))
    fonts[`${control.localName}.${control.getAttribute('class') ?? ''}`] ??= getComputedStyle(control).fontFamily;
  return fonts;
}

const everyPart = (fonts: Record<string, string>, family: string) =>
  Object.fromEntries(Object.keys(fonts).map((name) => [name, family]));

afterEach(unmountAll);

describe('host fonts in Chromium', () => {
  it('takes the host page’s font everywhere, controls and SVG labels included', async () => {
    const host = await mountInHost(HOST_FONT);
    const hostFont = getComputedStyle(host.firstElementChild!).fontFamily;
    expect(hostFont).toBe('Georgia, serif');
    const fonts = fontsOf(host);
    expect(fonts).toEqual(everyPart(fonts, hostFont));
  });

  it('uses --fp-font-family on the root instead, when a publication sets one', async () => {
    const host = await mountInHost(HOST_FONT, '"Courier New", monospace');
    const fonts = fontsOf(host);
    expect(fonts).toEqual(everyPart(fonts, '"Courier New", monospace'));
  });

  it('injects no font at runtime: no FontFace in document.fonts', async () => {
    await mountInHost(HOST_FONT);
    expect([...document.fonts].map((font) => font.family)).toEqual([]);
  });
});
