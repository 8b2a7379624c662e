import { useCallback, useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { nearestSurvivor } from './useKeptListFocus';
import { elementByIdWithin } from '../dom/elementWithin';

export interface CardNavigationOptions {
  /** The list whose children are the cards; each card is known by its element `id`. */
  listRef: RefObject<HTMLElement | null>;
  /** Card ids in reading order. */
  keys: readonly string[];
  /** Positions in `keys` of the cards just after a break: Page Down / Page Up jump between them. */
  sectionStarts: readonly number[];
  /** The card that holds the tab stop until the reader has focused one (the selected card). */
  preferredKey: string | null;
  /** Text direction: → moves to the next card in "ltr", ← in "rtl". */
  dir: 'ltr' | 'rtl';
  /** Enter or Space on a card. */
  onActivate: (key: string) => void;
  /** Esc on a card; return false to let the key through (nothing to clear). */
  onEscape: (key: string) => boolean;
}

export interface CardNavigation {
  /** The card that holds the list's single tab stop (roving tabindex). */
  tabKey: string | null;
  onCardKeyDown: (event: KeyboardEvent<HTMLElement>, key: string) => void;
  /** On the list: focus entering a card, or a link inside one, gives that card the tab stop. */
  onListFocus: (event: FocusEvent<HTMLElement>) => void;
  onListBlur: (event: FocusEvent<HTMLElement>) => void;
  /** Moves focus to a card and scrolls it into view (instantly under reduced motion). */
  focusCard: (key: string, block?: ScrollLogicalPosition) => void;
}

/** Page Down / Page Up step this many cards when there is no break to jump to. */
const PAGE = 5;
const INNER_FOCUSABLE =
  'a[href], button, summary, input, select, textarea, iframe, audio[controls], video[controls], [contenteditable="true"]';
/** Marks a tabindex this hook set, so it only ever undoes its own. */
const MUTED = 'data-fp-muted-tab';

/** The card that stands for `key` after the keys changed: itself, else the nearest survivor in the old order. */
function survivor(keys: readonly string[], key: string | null, previous: readonly string[]): string | null {
  if (key === null) return null;
  if (keys.includes(key)) return key;
  return nearestSurvivor(previous, new Set(keys), key);
}

function cardOf(list: HTMLElement, node: Node | null): HTMLElement | null {
  let element = node instanceof Element ? node : (node?.parentElement ?? null);
  while (element && element.parentElement !== list) element = element.parentElement;
  return element instanceof HTMLElement ? element : null;
}

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The keyboard model of the horizontal timeline, for a list of cards: one tab stop (roving tabindex), ↓/↑
 * and →/← (mirrored in right-to-left) to the next and previous card, Home/End, Page Down/Up to the next
 * and previous break, Enter or Space to select, Esc to clear. Keys act only on the cards themselves, never
 * on the page; a card's own links and buttons are reached with Tab inside the card that holds the tab stop.
 * If the focused card disappears (new data), focus goes to the nearest card that remains.
 */
export function useCardNavigation(options: CardNavigationOptions): CardNavigation {
  const { listRef, keys, sectionStarts, preferredKey, dir, onActivate, onEscape } = options;
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const previousKeys = useRef(keys);
  /** The element inside the list that last had focus, while focus is (or was, until it vanished) there. */
  const focused = useRef<Element | null>(null);

  const tabKey =
    survivor(keys, focusKey, previousKeys.current) ??
    (preferredKey !== null && keys.includes(preferredKey) ? preferredKey : (keys[0] ?? null));

  const focusCard = useCallback(
    (key: string, block: ScrollLogicalPosition = 'nearest') => {
      setFocusKey(key);
      const card = elementByIdWithin(listRef.current, key);
      if (!card) return;
      card.focus({ preventScroll: true });
      card.scrollIntoView({ block, behavior: reducedMotion() ? 'instant' : 'smooth' });
    },
    [listRef],
  );

  useEffect(() => {
    previousKeys.current = keys;
    if (focusKey !== null && tabKey !== focusKey) setFocusKey(tabKey);
    // The focused card (or a link in it) was removed: focus would fall to the page, so give it to its survivor.
    const lost = focused.current;
    const document = listRef.current?.ownerDocument;
    if (lost && !lost.isConnected && tabKey !== null && document) {
      const active = document.activeElement;
      if (!active || active === document.body) focusCard(tabKey);
    }
  }, [keys, focusKey, tabKey, listRef, focusCard]);

  // One tab stop: links and buttons in the other cards leave the tab order (they stay readable and clickable).
  // After every render, since cards render their own content.
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const known = new Set(keys);
    for (const card of list.children) {
      if (!card.id || !known.has(card.id)) continue;
      const muted = card.id !== tabKey;
      for (const inner of card.querySelectorAll<HTMLElement>(INNER_FOCUSABLE)) {
        if (muted && !inner.hasAttribute('tabindex')) {
          inner.setAttribute('tabindex', '-1');
          inner.setAttribute(MUTED, '');
        } else if (!muted && inner.hasAttribute(MUTED)) {
          inner.removeAttribute('tabindex');
          inner.removeAttribute(MUTED);
        }
      }
    }
  });

  const onListFocus = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const list = listRef.current;
      const card = list && cardOf(list, event.target);
      focused.current = event.target;
      if (card?.id && keys.includes(card.id)) setFocusKey(card.id);
    },
    [listRef, keys],
  );

  const onListBlur = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const next = event.relatedTarget;
      if (next instanceof Node && listRef.current?.contains(next)) return;
      const left = event.target;
      // Focus went somewhere else on purpose; a removed element (no relatedTarget, disconnected) is kept to restore.
      if (next) focused.current = null;
      else
        setTimeout(() => {
          if (left.isConnected && focused.current === left) focused.current = null;
        }, 0);
    },
    [listRef],
  );

  const onCardKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>, key: string) => {
      if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
      const index = keys.indexOf(key);
      if (index < 0) return;
      const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
      const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
      let target: number;
      switch (event.key) {
        case 'ArrowDown':
        case forward:
          target = index + 1;
          break;
        case 'ArrowUp':
        case backward:
          target = index - 1;
          break;
        case 'Home':
          target = 0;
          break;
        case 'End':
          target = keys.length - 1;
          break;
        case 'PageDown':
          target = sectionStarts.find((start) => start > index) ?? index + PAGE;
          break;
        case 'PageUp':
          target = [...sectionStarts].reverse().find((start) => start < index) ?? index - PAGE;
          break;
        case 'Enter':
        case ' ':
          event.preventDefault();
          onActivate(key);
          return;
        case 'Escape':
          if (onEscape(key)) event.preventDefault();
          return;
        default:
          return;
      }
      event.preventDefault();
      focusCard(keys[Math.max(0, Math.min(keys.length - 1, target))]!);
    },
    [keys, dir, sectionStarts, onActivate, onEscape, focusCard],
  );

  return { tabKey, onCardKeyDown, onListFocus, onListBlur, focusCard };
}
