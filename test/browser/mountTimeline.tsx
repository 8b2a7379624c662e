import { page } from 'vitest/browser';
import { Timeline, type TimelineProps } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import { mountInBrowser, unmountAll } from './mountInBrowser';

const setActEnvironment = (on: boolean) => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = on;
};

/**
 * The escalation Timeline at `width` px, settled, with React's act() environment off: keyboard and timer tests
 * then see updates as a reader would (debounced announcements, focus after requestAnimationFrame).
 */
export async function mountTimeline(props: Partial<TimelineProps> = {}, width = 1280): Promise<HTMLElement> {
  await page.viewport(width + 40, 900);
  const host = await mountInBrowser(<Timeline dataset={escalation2023} locale="en-GB" {...props} />, { width });
  await new Promise((resolve) => setTimeout(resolve, 150));
  setActEnvironment(false);
  return host;
}

/** After each test: act() back on, everything unmounted, the page's hash cleared. */
export function unmountTimelines(): void {
  setActEnvironment(true);
  unmountAll();
  history.replaceState(null, '', location.pathname + location.search);
}
