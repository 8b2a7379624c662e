// What a reader does to a graphic between its mount and its removal, as DOM events dispatched in the page (a real
// pointer through Playwright costs a round trip per step, too slow for 200 rounds of every graphic).

const pointer = {
  bubbles: true,
  cancelable: true,
  composed: true,
  view: window,
  pointerId: 1,
  pointerType: 'mouse',
  isPrimary: true,
};

function centreOf(element: Element) {
  const box = element.getBoundingClientRect();
  return { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
}

/** Resolves after the next frame has been drawn (React's passive effects and ResizeObserver callbacks have run). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits, frame by frame, until `selector` matches inside `host`; throws after `timeoutMs`. */
export async function waitFor<T extends Element = HTMLElement>(
  host: ParentNode,
  selector: string,
  timeoutMs = 3000,
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = host.querySelector<T>(selector);
    if (found) return found;
    if (performance.now() - start > timeoutMs) throw new Error(`nothing matched ${selector} within ${timeoutMs} ms`);
    await nextFrame();
  }
}

/** The pointer enters `element` (React's onPointerEnter/onMouseEnter come from the over events). */
export function hover(element: Element): void {
  const at = centreOf(element);
  element.dispatchEvent(new PointerEvent('pointerover', { ...pointer, ...at }));
  element.dispatchEvent(new MouseEvent('mouseover', { ...pointer, ...at }));
  element.dispatchEvent(new PointerEvent('pointermove', { ...pointer, ...at }));
}

/** The pointer leaves `element` for the page's body. */
export function unhover(element: Element): void {
  const init = { ...pointer, relatedTarget: document.body };
  element.dispatchEvent(new PointerEvent('pointerout', init));
  element.dispatchEvent(new MouseEvent('mouseout', init));
}

/** A primary-button click with its pointer events, after focusing the element as a real press would. */
export function click(element: Element): void {
  const at = { ...pointer, ...centreOf(element), button: 0 };
  element.dispatchEvent(new PointerEvent('pointerdown', { ...at, buttons: 1 }));
  element.dispatchEvent(new MouseEvent('mousedown', { ...at, buttons: 1 }));
  if (element instanceof HTMLElement || element instanceof SVGElement) element.focus();
  element.dispatchEvent(new PointerEvent('pointerup', at));
  element.dispatchEvent(new MouseEvent('mouseup', at));
  element.dispatchEvent(new MouseEvent('click', at));
}

/** A key pressed while `element` has focus. */
export function press(element: Element, key: string, init: KeyboardEventInit = {}): void {
  if (element instanceof HTMLElement || element instanceof SVGElement) element.focus();
  const options = { key, bubbles: true, cancelable: true, composed: true, ...init };
  element.dispatchEvent(new KeyboardEvent('keydown', options));
  element.dispatchEvent(new KeyboardEvent('keyup', options));
}

/** A wheel step over the middle of `element` (Ctrl + wheel zooms a plot; a plain one scrolls the page). */
export function wheel(element: Element, init: WheelEventInit): void {
  element.dispatchEvent(new WheelEvent('wheel', { ...pointer, ...centreOf(element), view: window, ...init }));
}

/** A pointer drag across `element` from `fromX` to `toX` (px from its left edge), at its vertical middle. */
export function drag(element: Element, fromX: number, toX: number): void {
  const box = element.getBoundingClientRect();
  const clientY = box.top + box.height / 2;
  const at = (x: number) => ({ ...pointer, clientX: box.left + x, clientY, button: 0 });
  element.dispatchEvent(new PointerEvent('pointerdown', { ...at(fromX), buttons: 1 }));
  for (const x of [fromX + (toX - fromX) / 2, toX])
    element.dispatchEvent(new PointerEvent('pointermove', { ...at(x), buttons: 1 }));
  element.dispatchEvent(new PointerEvent('pointerup', at(toX)));
}
