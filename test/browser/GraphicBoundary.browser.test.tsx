import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { IntensityChart, MapInset, Timeline, VerticalTimeline } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import type { LaneAccessor } from '../../src/layout/assignLanes';
import { mountInBrowser, unmountAll } from './mountInBrowser';

// Issue 10, part 2, in Chromium: a graphic that throws while drawing leaves the reader its events and the host
// page untouched (no error event on the window, the page's own content still works).
afterEach(() => unmountAll());

const brokenLanes: LaneAccessor = () => {
  throw new Error('lanes broke');
};

/** Everything the page itself would be told about: error events and unhandled rejections. */
function watchPage() {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => seen.push(`rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

describe('error boundaries in Chromium', () => {
  it('a failing Timeline becomes its event list; the page never hears of it and keeps working', async () => {
    const page = watchPage();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onError = vi.fn();
    const button = document.createElement('button');
    button.textContent = 'The page’s own button';
    let clicks = 0;
    button.addEventListener('click', () => clicks++);
    document.body.append(button);
    try {
      const host = await mountInBrowser(
        <Timeline dataset={escalation2023} laneAccessor={brokenLanes} onError={onError} />,
        { width: 960 },
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      const fallback = host.querySelector<HTMLElement>('[data-fp="graphic-fallback"]')!;
      expect(fallback).not.toBeNull();
      expect(fallback.getBoundingClientRect().height).toBeGreaterThan(200);
      expect(fallback.querySelectorAll('[data-fp="event-list"] > li')).toHaveLength(escalation2023.events.length);
      expect(onError).toHaveBeenCalledTimes(1);
      expect(onError.mock.calls[0]![1]).toMatchObject({ component: 'Timeline' });
      await userEvent.click(button);
      expect(clicks).toBe(1);
      expect(page.seen).toEqual([]);
    } finally {
      page.stop();
      consoleError.mockRestore();
      button.remove();
    }
  });

  it('graphics handed a raw object that is not a dataset draw or fall back, and never reach the page', async () => {
    const page = watchPage();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const raw = { title: ['not', 'text'], events: [{ id: 7, start: '2024-99-99', title: null }, 42], phases: {} };
    const notADataset = raw as unknown as typeof escalation2023;
    try {
      for (const element of [
        <Timeline dataset={notADataset} showFilters showIntensity showMap />,
        <VerticalTimeline dataset={notADataset} />,
        <MapInset dataset={notADataset} />,
        <IntensityChart dataset={notADataset} />,
      ]) {
        const host = await mountInBrowser(element, { width: 900 });
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(host.childElementCount).toBeGreaterThan(0);
      }
      expect(page.seen).toEqual([]);
    } finally {
      page.stop();
      consoleError.mockRestore();
    }
  });
});
