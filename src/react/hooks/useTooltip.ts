import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';

export interface UseTooltipOptions {
  /** How long to wait, in ms, after the pointer or focus leaves before closing (time to reach the tooltip). Default 300. */
  closeDelay?: number;
  /** Called with the key of the trigger whose tooltip opens, or `null` when it closes. */
  onOpenChange?: (key: string | null) => void;
  /** Id of the tooltip element; default: unique, from React's useId. */
  id?: string;
}

/** Handlers a trigger may already have; `getTriggerProps` calls them before its own. */
export interface TriggerHandlers<T extends Element = Element> {
  onPointerEnter?: (event: PointerEvent<T>) => void;
  onPointerLeave?: (event: PointerEvent<T>) => void;
  onFocus?: (event: FocusEvent<T>) => void;
  onBlur?: (event: FocusEvent<T>) => void;
  onKeyDown?: (event: KeyboardEvent<T>) => void;
  'aria-describedby'?: string | undefined;
}

export interface TooltipTriggerProps<T extends Element = Element> extends Required<
  Omit<TriggerHandlers<T>, 'aria-describedby'>
> {
  /** The tooltip's id while it is open for this trigger (joined with the trigger's own description). */
  'aria-describedby': string | undefined;
}

export interface TooltipElementProps {
  id: string;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  /** Lets the hook find the tooltip's document for Esc; pass it on (Tooltip forwards its ref). */
  ref: (element: HTMLElement | null) => void;
}

export interface UseTooltipResult {
  /** Key of the trigger whose tooltip is open, or null. */
  openKey: string | null;
  /** Props for a trigger; `key` tells triggers apart when one tooltip serves many (the marks of a timeline). */
  getTriggerProps: <T extends Element = Element>(key?: string, own?: TriggerHandlers<T>) => TooltipTriggerProps<T>;
  /** Props for the tooltip element (spread them on `<Tooltip>`). */
  tooltipProps: TooltipElementProps;
  /** Opens the tooltip for a trigger now (e.g. the mark the keyboard moved to). */
  show: (key?: string) => void;
  /** Closes it now, until the next hover or focus. */
  hide: () => void;
}

const DEFAULT_KEY = 'default';

/**
 * Behaviour of a tooltip that meets WCAG 1.4.13: it opens on hover and on keyboard focus of its trigger,
 * stays open while the pointer is over the trigger or over the tooltip itself (with a grace delay to cross
 * the gap), stays while the trigger has focus, and closes on Esc without moving focus or pointer.
 *
 * Esc reaches the trigger's handler when it has focus: keyboard use adds no listener to the page. Only while a
 * tooltip opened by HOVER alone is open (its trigger not focused), a keydown listener on the tooltip's own
 * document closes it on Esc, because WCAG 1.4.13 asks that hover content be dismissible without moving the
 * pointer or focus, and focus is then elsewhere on the page. It never prevents the key's default action and is
 * removed as soon as the tooltip closes or its trigger takes focus.
 */
export function useTooltip({ closeDelay = 300, onOpenChange, id }: UseTooltipOptions = {}): UseTooltipResult {
  const autoId = `fp-${useId().replace(/[^A-Za-z0-9_-]/g, '')}-tooltip`;
  const tooltipId = id || autoId;
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [openedByHover, setOpenedByHover] = useState(false);
  const open = useRef<string | null>(null);
  const hovered = useRef<string | null>(null);
  const focused = useRef<string | null>(null);
  const overTooltip = useRef(false);
  const dismissed = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const element = useRef<HTMLElement | null>(null);
  const changed = useRef(onOpenChange);
  useEffect(() => {
    changed.current = onOpenChange;
  });

  const set = useCallback((key: string | null) => {
    clearTimeout(timer.current);
    if (open.current === key) return;
    open.current = key;
    // A closed tooltip is gone from the page: it can no longer be under the pointer.
    if (key === null) overTooltip.current = false;
    setOpenKey(key);
    changed.current?.(key);
  }, []);

  const show = useCallback(
    (key: string = DEFAULT_KEY) => {
      dismissed.current = false;
      set(key);
    },
    [set],
  );

  const hide = useCallback(() => {
    dismissed.current = true;
    set(null);
  }, [set]);

  /** After a leave or blur: wait, then keep whatever is still hovered or focused open, else close. */
  const settle = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (overTooltip.current && !dismissed.current) return;
      const next = dismissed.current ? null : (hovered.current ?? focused.current);
      set(next);
    }, closeDelay);
  }, [closeDelay, set]);

  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(() => {
    const doc = openKey !== null && openedByHover ? element.current?.ownerDocument : undefined;
    if (!doc) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') hide();
    };
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, [openKey, openedByHover, hide]);

  const getTriggerProps = <T extends Element = Element>(
    key: string = DEFAULT_KEY,
    own: TriggerHandlers<T> = {},
  ): TooltipTriggerProps<T> => ({
    'aria-describedby':
      [own['aria-describedby'], openKey === key ? tooltipId : undefined].filter(Boolean).join(' ') || undefined,
    onPointerEnter: (event) => {
      own.onPointerEnter?.(event);
      hovered.current = key;
      setOpenedByHover(focused.current !== key);
      show(key);
    },
    onPointerLeave: (event) => {
      own.onPointerLeave?.(event);
      if (hovered.current === key) hovered.current = null;
      settle();
    },
    onFocus: (event) => {
      own.onFocus?.(event);
      focused.current = key;
      setOpenedByHover(false);
      show(key);
    },
    onBlur: (event) => {
      own.onBlur?.(event);
      if (focused.current === key) focused.current = null;
      settle();
    },
    onKeyDown: (event) => {
      own.onKeyDown?.(event);
      if (event.key !== 'Escape' || open.current === null || event.defaultPrevented) return;
      // The Esc closes the tooltip only: not also the detail panel or the selection around it.
      event.preventDefault();
      event.stopPropagation();
      hide();
    },
  });

  const ref = useCallback((node: HTMLElement | null) => {
    element.current = node;
  }, []);

  return {
    openKey,
    getTriggerProps,
    tooltipProps: {
      id: tooltipId,
      onPointerEnter: () => {
        overTooltip.current = true;
        clearTimeout(timer.current);
      },
      onPointerLeave: () => {
        overTooltip.current = false;
        settle();
      },
      ref,
    },
    show,
    hide,
  };
}
