import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { EventList } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import '../../src/theme/styles.css';
import { mountInBrowser, unmountAll } from './mountInBrowser';

const mountList = () => mountInBrowser(<EventList dataset={escalation2023} locale="en-GB" />);

afterEach(async () => {
  unmountAll();
  await commands.emulateMedia({ media: null, reducedMotion: null, forcedColors: null });
});

describe('EventList under print, reduced motion and forced colours (Chromium)', () => {
  it('prints without splitting an event across pages, and shows where each link goes', async () => {
    const container = await mountList();
    const article = container.querySelector('li[data-event-id] > article, li[data-event-id]')!;
    const link = container.querySelector<HTMLAnchorElement>('a[href^="https://"]')!;
    expect(getComputedStyle(link, '::after').content).toBe('none');
    await commands.emulateMedia({ media: 'print' });
    const event = article.closest('.fp-event') ?? article;
    expect(getComputedStyle(event).breakInside).toBe('avoid');
    expect(getComputedStyle(link, '::after').content).toContain(link.getAttribute('href')!);
  });

  it('has no transitions when the reader asks for reduced motion', async () => {
    const container = await mountList();
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    const durations = [...container.querySelectorAll<HTMLElement>('*')].map((el) =>
      parseFloat(getComputedStyle(el).transitionDuration),
    );
    expect(Math.max(...durations)).toBe(0);
  });

  it('draws category icons in the system text colour in forced-colours mode (SVG fills are not forced)', async () => {
    const container = await mountList();
    const icon = container.querySelector<SVGElement>('.fp-category__icon')!;
    const before = getComputedStyle(icon).fill;
    await commands.emulateMedia({ forcedColors: 'active' });
    const text = getComputedStyle(container.querySelector<HTMLElement>('li[data-event-id] h3')!).color;
    expect(getComputedStyle(icon).fill).toBe(text);
    expect(getComputedStyle(icon).fill).not.toBe(before);
  });
});
