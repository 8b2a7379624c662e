import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { EventList } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import '../../src/theme/styles.css';
import { mountInBrowser, unmountAll } from './mountInBrowser';

afterEach(unmountAll);

function items(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('ol[data-fp="event-list"] > li[data-event-id]')];
}

describe('EventList in Chromium', () => {
  it('lists all 33 events of escalation2023 in time order', async () => {
    const container = await mountInBrowser(<EventList dataset={escalation2023} locale="en-GB" />);
    const list = items(container);
    expect(list).toHaveLength(33);
    const instants = list.map((li) => Date.parse(li.querySelector('time')!.dateTime.slice(0, 25)));
    const sorted = [...instants].sort((a, b) => a - b);
    // A date-only value parses as UTC midnight; local dates may tie with date-times of the same day.
    expect(instants.every((t, i) => Math.abs(t - sorted[i]!) <= 24 * 3_600_000)).toBe(true);
  });

  it('shows the 26 December strikes on 26 December, Baghdad time, whatever the reader’s zone', async () => {
    const container = await mountInBrowser(<EventList dataset={escalation2023} locale="en-GB" />);
    const item = container.querySelector('li[data-event-id="us-strikes-kh-facilities-dec-26"]')!;
    expect(item.querySelector('time')!.textContent).toMatch(/26 December 2023/);
    expect(item.textContent).toMatch(/GMT\+3|Baghdad/);
  });

  it('lets the keyboard reach every link, in document order', async () => {
    const container = await mountInBrowser(<EventList dataset={escalation2023} locale="en-GB" />);
    const links = [...container.querySelectorAll<HTMLAnchorElement>('a[href]')];
    expect(links.length).toBeGreaterThan(33);
    document.body.focus();
    const reached: Element[] = [];
    for (let i = 0; i < 12; i += 1) {
      await userEvent.tab();
      reached.push(document.activeElement!);
    }
    const focusable = [...container.querySelectorAll('a[href], summary, button, [tabindex="0"]')].slice(0, 12);
    expect(reached).toEqual(focusable);
  });

  it('follows a "retaliation for" link to the event it names', async () => {
    const container = await mountInBrowser(<EventList dataset={escalation2023} locale="en-GB" />);
    const strike = container.querySelector('li[data-event-id="us-strikes-85-targets-iraq-syria"]')!;
    const link = [...strike.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].find((a) =>
      /Tower 22/i.test(a.textContent ?? ''),
    );
    expect(link, 'a link to the Tower 22 attack').toBeDefined();
    const target = document.getElementById(link!.hash.slice(1))!;
    expect(target.dataset.eventId).toBe('tower-22-drone-attack');
    link!.click();
    await expect.poll(() => target.getBoundingClientRect().top).toBeLessThan(window.innerHeight);
  });

  it('reflows at 320 px: nothing is wider than the viewport', async () => {
    await page.viewport(320, 640);
    const container = await mountInBrowser(<EventList dataset={escalation2023} locale="en-GB" />);
    const list = container.querySelector<HTMLElement>('ol[data-fp="event-list"]')!;
    expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth + 1);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    await page.viewport(1024, 768);
  });

  it('leaves the host page alone: its lists and links keep their own styles', async () => {
    const outside = document.createElement('div');
    outside.innerHTML = '<ol><li>host item</li></ol><a href="https://example.com/">host link</a>';
    document.body.append(outside);
    const before = [
      getComputedStyle(outside.querySelector('ol')!).listStyleType,
      getComputedStyle(outside.querySelector('a')!).color,
    ];
    await mountInBrowser(<EventList dataset={escalation2023} locale="en-GB" />);
    const after = [
      getComputedStyle(outside.querySelector('ol')!).listStyleType,
      getComputedStyle(outside.querySelector('a')!).color,
    ];
    expect(after).toEqual(before);
    outside.remove();
  });

  it('keeps two lists on one page apart: no id is used twice', async () => {
    const container = await mountInBrowser(
      <>
        <EventList dataset={escalation2023} locale="en-GB" />
        <EventList dataset={escalation2023} locale="en-GB" />
      </>,
    );
    const ids = [...container.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
