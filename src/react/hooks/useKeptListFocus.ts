import { useEffect, useRef, type FocusEvent, type RefObject } from 'react';

/** The item id nearest to `id` in the old order that is still present, looking later first. */
export function nearestSurvivor(previous: readonly string[], present: ReadonlySet<string>, id: string): string | null {
  const at = previous.indexOf(id);
  if (at < 0) return null;
  for (let step = 1; step < previous.length; step += 1) {
    const later = previous[at + step];
    if (later !== undefined && present.has(later)) return later;
    const earlier = previous[at - step];
    if (earlier !== undefined && present.has(earlier)) return earlier;
  }
  return null;
}

/**
 * Developing stories, for a plain list of items known by element id: when an update removes the item that held
 * focus (or a link inside it), focus goes to the nearest item that remains instead of falling to the page. The
 * item is made focusable by script only (tabindex -1), so the list's tab order is unchanged. Focus outside the
 * list is never touched. Returns the handlers for the list element.
 */
export function useKeptListFocus(listRef: RefObject<HTMLElement | null>, ids: readonly string[]) {
  const focusedItem = useRef<string | null>(null);
  const previous = useRef(ids);

  useEffect(() => {
    const before = previous.current;
    previous.current = ids;
    const lost = focusedItem.current;
    const list = listRef.current;
    if (lost === null || !list || ids.includes(lost)) return;
    const document = list.ownerDocument;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const next = nearestSurvivor(before, new Set(ids), lost);
    const item = next ? document.getElementById(next) : null;
    if (!item || !list.contains(item)) return;
    if (!item.hasAttribute('tabindex')) item.setAttribute('tabindex', '-1');
    focusedItem.current = next;
    item.focus();
  }, [ids, listRef]);

  return {
    onFocus: (event: FocusEvent<HTMLElement>) => {
      let node: Element | null = event.target;
      while (node && node.parentElement !== event.currentTarget) node = node.parentElement;
      focusedItem.current = node?.id || null;
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      const next = event.relatedTarget as Node | null;
      // Moved out of the list, or let go of on purpose; an item removed by an update keeps its id to restore.
      if (next ? !event.currentTarget.contains(next) : event.target.isConnected) focusedItem.current = null;
    },
  };
}
