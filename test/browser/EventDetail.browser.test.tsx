import { afterEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { EventDetail } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import '../../src/theme/styles.css';
import { mountInBrowser, unmountAll } from './mountInBrowser';

afterEach(async () => {
  unmountAll();
  await commands.emulateMedia({ media: null });
  await page.viewport(1024, 768);
});

const detailOf = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-fp="event-detail"]')!;
const noop = () => {};

describe('EventDetail in Chromium', () => {
  it('has a close button of at least 24×24 px with a visible focus ring, and related buttons at least 24 px high', async () => {
    const container = await mountInBrowser(
      <EventDetail dataset={escalation2023} eventId="tower-22-drone-attack" onSelectEvent={noop} onClose={noop} />,
    );
    const close = container.querySelector<HTMLElement>('button[aria-label="Close the details"]')!;
    const box = close.getBoundingClientRect();
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    for (const button of container.querySelectorAll<HTMLElement>('.fp-related__button')) {
      expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
    }
    detailOf(container).focus();
    await userEvent.tab({ shift: true });
    await userEvent.tab();
    expect(document.activeElement).toBe(close);
    const style = getComputedStyle(close);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(3);
  });

  it('closes on Esc pressed on a control inside it', async () => {
    let closed = 0;
    const container = await mountInBrowser(
      <EventDetail
        dataset={escalation2023}
        eventId="tower-22-drone-attack"
        onSelectEvent={noop}
        onClose={() => (closed += 1)}
      />,
    );
    container.querySelector<HTMLElement>('.fp-related__button')!.focus();
    await userEvent.keyboard('{Escape}');
    expect(closed).toBe(1);
  });

  it('as a sheet in a 360 px container: inside the viewport, at most 60% of its height, and scrolling', async () => {
    await page.viewport(360, 640);
    const container = await mountInBrowser(
      <EventDetail
        dataset={escalation2023}
        eventId="tower-22-drone-attack"
        layout="sheet"
        onSelectEvent={noop}
        onClose={noop}
      />,
      { width: 360 },
    );
    const sheet = detailOf(container);
    const rect = sheet.getBoundingClientRect();
    expect(rect.left).toBeGreaterThanOrEqual(0);
    expect(rect.right).toBeLessThanOrEqual(360);
    expect(rect.top).toBeGreaterThanOrEqual(0);
    expect(rect.bottom).toBeLessThanOrEqual(640);
    expect(rect.height).toBeLessThanOrEqual(640 * 0.6 + 1);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(360);
    expect(sheet.scrollHeight).toBeGreaterThan(sheet.clientHeight);
    expect(getComputedStyle(sheet).overflowY).toBe('auto');
    sheet.scrollTop = 400;
    await expect.poll(() => sheet.scrollTop).toBeGreaterThan(0);
    // The title and close button stay in view while the body scrolls.
    const close = sheet.querySelector<HTMLElement>('.fp-close-button')!.getBoundingClientRect();
    expect(close.top).toBeGreaterThanOrEqual(rect.top);
    expect(close.bottom).toBeLessThanOrEqual(rect.bottom);
  });

  it('prints in full: no scroll box, no close button', async () => {
    const container = await mountInBrowser(
      <EventDetail dataset={escalation2023} eventId="tower-22-drone-attack" onSelectEvent={noop} onClose={noop} />,
    );
    await commands.emulateMedia({ media: 'print' });
    const sheet = detailOf(container);
    expect(getComputedStyle(sheet).overflowY).toBe('visible');
    expect(getComputedStyle(sheet.querySelector('.fp-close-button')!).display).toBe('none');
  });
});
