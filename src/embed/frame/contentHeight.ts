/**
 * The frame's content height in whole pixels: the body's box, rounded up so nothing is cut off. Not
 * `documentElement.scrollHeight`, which never drops below the iframe's current height and so could only grow.
 */
export function contentHeight(body: HTMLElement): number {
  return Math.ceil(body.getBoundingClientRect().height);
}
