import { forwardRef, useCallback, useRef, type ReactNode, type Ref } from 'react';
import { useClientLayoutEffect } from '../hooks/useClientLayoutEffect';
import { cx } from './safeData';

export interface TooltipProps {
  /** The id triggers point at with `aria-describedby` (from `useTooltip().tooltipProps`). */
  id: string;
  /** Where it points, px from the left edge of the nearest positioned ancestor (e.g. the top centre of a mark). */
  x: number;
  /** Where it points, px from the top edge of that ancestor. The tooltip goes above the point, or below if no room. */
  y: number;
  /** Space between the point and the tooltip, px. Keep it small: the pointer has to cross it. Default 8. */
  gap?: number;
  /** What it says: short text only, nothing to click (see EventTooltipContent for an event). */
  children: ReactNode;
  /** Extra class names next to `fp-tooltip`. */
  className?: string;
  /** From `useTooltip().tooltipProps`: keeps the tooltip open while the pointer is over it. */
  onPointerEnter?: () => void;
  /** From `useTooltip().tooltipProps`: starts the grace delay when the pointer leaves it. */
  onPointerLeave?: () => void;
}

function assignRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as { current: T | null }).current = value;
}

/**
 * A tooltip box (`role="tooltip"`), absolutely positioned in its container. Render it only while open:
 * it exists after an interaction, in the browser. Its position is set in a layout effect, through
 * `element.style.setProperty('--fp-tooltip-x' | '--fp-tooltip-y')`, never through a `style` prop, so no
 * style attribute can reach server HTML (strict CSP); the effect also keeps it inside the container.
 */
export const Tooltip = forwardRef<HTMLDivElement, TooltipProps>(function Tooltip(
  { id, x, y, gap = 8, children, className, onPointerEnter, onPointerLeave },
  ref,
) {
  const own = useRef<HTMLDivElement | null>(null);
  const setRef = useCallback(
    (node: HTMLDivElement | null) => {
      own.current = node;
      assignRef(ref, node);
    },
    [ref],
  );

  useClientLayoutEffect(() => {
    const node = own.current;
    if (!node) return;
    const px = Number.isFinite(x) ? x : 0;
    const py = Number.isFinite(y) ? y : 0;
    const width = node.offsetWidth;
    const height = node.offsetHeight;
    const room = (node.offsetParent as HTMLElement | null)?.clientWidth ?? Infinity;
    const left = Math.max(0, Math.min(px - width / 2, room - width));
    const above = py - gap - height >= 0;
    node.style.setProperty('--fp-tooltip-x', `${Math.round(left)}px`);
    node.style.setProperty('--fp-tooltip-y', `${Math.round(above ? py - gap - height : py + gap)}px`);
    node.dataset.placement = above ? 'top' : 'bottom';
  });

  return (
    <div
      ref={setRef}
      id={id}
      role="tooltip"
      data-fp="tooltip"
      className={cx('fp-tooltip', className)}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      {children}
    </div>
  );
});
