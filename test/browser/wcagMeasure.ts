/**
 * Measurements for the WCAG 2.2 checks in Chromium (Wcag.browser.test.tsx): pointer targets (SC 2.5.8),
 * motion (SC 2.3.3 / reduced motion), reflow (SC 1.4.10) and clipped text (SC 1.4.4).
 */

export const INTERACTIVE =
  'a[href], button, select, input:not([type="hidden"]), textarea, summary, [role="button"], [role="link"], [role="slider"], [tabindex="0"]';

/** Out of the pointer's reach: not rendered, or inside a visually hidden (1 px, clipped) box. */
export function isHiddenFromPointer(element: Element): boolean {
  if (!element.checkVisibility({ visibilityProperty: true })) return true;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const box = node.getBoundingClientRect();
    if (box.width <= 1 && box.height <= 1 && getComputedStyle(node).overflow !== 'visible') return true;
    if (getComputedStyle(node).clipPath === 'inset(50%)') return true;
  }
  return false;
}

/** A link inside a sentence or a list of words (SC 2.5.8 "inline" exception): its block has text of its own. */
export function isInline(element: Element): boolean {
  if (element.tagName !== 'A' || getComputedStyle(element).display !== 'inline') return false;
  const block = element.parentElement;
  if (!block) return false;
  const own = [...block.childNodes].filter((node) => node !== element);
  return own.some((node) => (node.textContent ?? '').trim().length > 0);
}

export interface TargetReport {
  /** Too small, not inline, and a 24 px circle around its centre meets another target. */
  failing: string[];
  /** Smaller than 24 × 24 but spaced (SC 2.5.8 spacing exception). */
  spaced: string[];
  /** Links in running text (SC 2.5.8 inline exception). */
  inline: string[];
  /** Pairs of targets whose boxes overlap, so one hides part of the other. */
  overlapping: string[];
  measured: number;
}

function describe(element: Element, box: DOMRect): string {
  const name =
    element.getAttribute('aria-label') ?? element.textContent?.trim().replace(/\s+/g, ' ').slice(0, 40) ?? '';
  const cls = element.getAttribute('class')?.split(' ')[0] ?? '';
  return `<${element.tagName.toLowerCase()}${cls ? `.${cls}` : ''}> "${name}" ${box.width.toFixed(1)}×${box.height.toFixed(1)}`;
}

/** Distance from a point to the nearest point of a box (0 inside it). */
function distanceToBox(x: number, y: number, box: DOMRect): number {
  const dx = Math.max(box.left - x, 0, x - box.right);
  const dy = Math.max(box.top - y, 0, y - box.bottom);
  return Math.hypot(dx, dy);
}

/** Every pointer target inside `root`, checked against SC 2.5.8 (24 × 24 px, or spaced, or inline). */
export function measureTargets(root: Element, minimum = 24): TargetReport {
  const elements = [...root.querySelectorAll(INTERACTIVE)].filter((element) => !isHiddenFromPointer(element));
  // A target nested in another (a link inside a button-like card) counts once: the outer one.
  const targets = elements
    .filter((element) => !elements.some((other) => other !== element && other.contains(element)))
    .map((element) => ({ element, box: element.getBoundingClientRect() }));
  const report: TargetReport = { failing: [], spaced: [], inline: [], overlapping: [], measured: targets.length };
  const small = (box: DOMRect) => box.width < minimum - 0.01 || box.height < minimum - 0.01;
  for (const [index, { element, box }] of targets.entries()) {
    for (const { element: other, box: otherBox } of targets.slice(index + 1)) {
      if (isInline(element) || isInline(other)) continue;
      const overlap =
        Math.min(box.right, otherBox.right) - Math.max(box.left, otherBox.left) > 1 &&
        Math.min(box.bottom, otherBox.bottom) - Math.max(box.top, otherBox.top) > 1;
      if (overlap) report.overlapping.push(`${describe(element, box)} / ${describe(other, otherBox)}`);
    }
    if (!small(box)) continue;
    if (isInline(element)) {
      report.inline.push(describe(element, box));
      continue;
    }
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    const crowded = targets.some(({ element: other, box: otherBox }) => {
      if (other === element) return false;
      if (small(otherBox)) {
        const ox = otherBox.left + otherBox.width / 2;
        const oy = otherBox.top + otherBox.height / 2;
        return Math.hypot(cx - ox, cy - oy) < minimum;
      }
      return distanceToBox(cx, cy, otherBox) < minimum / 2;
    });
    (crowded ? report.failing : report.spaced).push(describe(element, box));
  }
  return report;
}

/** Seconds of every transition and animation on `root` and its descendants, longest first. */
export function motionDurations(root: Element): { element: string; seconds: number }[] {
  const seconds = (list: string) => Math.max(...list.split(',').map((part) => parseFloat(part) || 0));
  return [root, ...root.querySelectorAll('*')]
    .map((element) => {
      const style = getComputedStyle(element);
      return {
        element: `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`,
        seconds: Math.max(seconds(style.transitionDuration), seconds(style.animationDuration)),
      };
    })
    .filter(({ seconds: s }) => s > 0)
    .sort((a, b) => b.seconds - a.seconds);
}

/** Paints nothing a reader sees: an SVG group, a clipped or transparent shape (a hit area), something in <defs>. */
function paintsNothing(element: Element): boolean {
  if (!(element instanceof SVGElement) || element instanceof SVGSVGElement) return false;
  if (element.tagName === 'g' || element.closest('defs, clipPath, [clip-path]')) return true;
  const style = getComputedStyle(element);
  const clear = (paint: string) => paint === 'none' || paint === 'transparent' || paint === 'rgba(0, 0, 0, 0)';
  return style.opacity === '0' || (clear(style.fill) && clear(style.stroke));
}

/** Descendants that stick out of the root sideways, and the root's own sideways scroll (SC 1.4.10). */
export function horizontalOverflow(root: HTMLElement): string[] {
  const problems: string[] = [];
  if (root.scrollWidth > root.clientWidth + 1) problems.push(`root scrolls: ${root.scrollWidth} > ${root.clientWidth}`);
  const outer = root.getBoundingClientRect();
  for (const element of root.querySelectorAll('*')) {
    if (paintsNothing(element) || isHiddenFromPointer(element)) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.left < outer.left - 1 || box.right > outer.right + 1) {
      problems.push(`${describe(element, box)} at ${box.left.toFixed(0)}–${box.right.toFixed(0)}`);
    }
  }
  return problems;
}

/** Boxes that hide their text: overflow clipped and content taller or wider than the box (SC 1.4.4). */
export function clippedText(root: Element): string[] {
  return [root, ...root.querySelectorAll('*')]
    .filter((element): element is HTMLElement => element instanceof HTMLElement && !isHiddenFromPointer(element))
    .filter((element) => {
      const style = getComputedStyle(element);
      const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
      return (
        (clipsY && element.scrollHeight > element.clientHeight + 1) ||
        (clipsX && element.scrollWidth > element.clientWidth + 1) ||
        style.textOverflow === 'ellipsis'
      );
    })
    .filter((element) => (element.textContent ?? '').trim().length > 0)
    .map((element) => describe(element, element.getBoundingClientRect()));
}
