// What a reader does to the Timeline and its parts in one round. Each waits for what it needs and throws when it is
// missing, so a round that silently did nothing cannot pass for one that did.
import { click, hover, nextFrame, press, unhover, waitFor, wheel } from './interact';

/** Where the keyboard is inside `host`, else `fallback`. */
const focusedIn = (host: HTMLElement, fallback: Element) =>
  document.activeElement && host.contains(document.activeElement) ? document.activeElement : fallback;

/**
 * Hover a mark (tooltip), open it (detail), walk to the next with the arrow key, zoom with "+" and with Ctrl +
 * wheel, then Escape.
 */
export async function readTimeline(host: HTMLElement): Promise<void> {
  const plot = await waitFor(host, 'svg.fp-plot');
  const mark = await waitFor(host, '.fp-mark[data-event-id]');
  hover(mark);
  click(mark);
  await waitFor(host, '[data-fp="event-detail"]');
  press(mark, 'ArrowRight');
  press(focusedIn(host, mark), '+');
  wheel(plot, { deltaY: -200, ctrlKey: true });
  await nextFrame();
  unhover(mark);
  press(host.querySelector('.fp-mark[data-event-id]') ?? mark, 'Escape');
}

/** Tick the first filter option. */
export async function tickFilter(host: HTMLElement): Promise<void> {
  click(await waitFor(host, '.fp-filter-bar__checkbox'));
}

/** One step of the zoom-in button. */
export async function zoomIn(host: HTMLElement): Promise<void> {
  click(await waitFor(host, '.fp-zoom__in'));
}

/** Hover a point of the map inset (it highlights the event), pick it, leave it. */
export async function pickMapPoint(host: HTMLElement): Promise<void> {
  const point = await waitFor(host, '.fp-map-inset__point');
  hover(point);
  click(point);
  unhover(point);
  await nextFrame();
}

/** Drag across the intensity chart's brush, then step its start slider with the keyboard. */
export async function brushIntensity(host: HTMLElement, drag: (brush: Element) => void): Promise<void> {
  drag(await waitFor(host, '.fp-intensity__brush'));
  press(await waitFor(host, 'input[type="range"]'), 'ArrowRight');
}

/** A card opened, walked with the arrow key, its detail opened with Enter, closed with Escape. */
export async function readCards(host: HTMLElement): Promise<void> {
  const card = await waitFor(host, 'li[data-event-id]');
  click(card);
  press(card, 'ArrowDown');
  press(host.querySelector('[tabindex="0"]') ?? card, 'Enter');
  await nextFrame();
  press(host.querySelector('[tabindex="0"]') ?? card, 'Escape');
}
