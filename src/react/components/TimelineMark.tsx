import type { DOMAttributes } from 'react';
import type { EventMark } from '../../layout/types';
import { categoryShape } from '../../theme/categoryShapes';
import { useTheme } from '../hooks/themeContext';
import { MarkFigureBadge } from './MarkFigureBadge';
import { MarkNewBadge } from './MarkNewBadge';
import { newEventName, useNewEventsContext } from '../hooks/newEventsContext';

export type MarkState = 'idle' | 'focused' | 'selected' | 'dimmed';

export interface TimelineMarkProps {
  mark: EventMark;
  /** Accessible name: title, date and category in words. */
  label: string;
  state: MarkState;
  selected: boolean;
  tabIndex: 0 | -1;
  /** Radius of the symbol, px. */
  size: number;
  /** Event handlers and ARIA wiring from the Timeline's hooks (selection, keys, tooltip). */
  interaction: DOMAttributes<SVGGElement> & { 'aria-describedby'?: string };
}

/**
 * One event on the graphic: the category's own symbol (shape, not only colour), on a bar for a range or a
 * faint span for a date known only to the day, hour or month, and a spark when it is new (highlightSince).
 * Position comes from layout; it computes nothing.
 */
export function TimelineMark({ mark, label, state, selected, tabIndex, size, interaction }: TimelineMarkProps) {
  const theme = useTheme();
  const newEvents = useNewEventsContext();
  const isNew = newEvents.ids.has(mark.id);
  // A range runs from its start leftwards when the axis runs right to left (x2 < x).
  const left = Math.min(mark.x, mark.x2);
  const span = Math.abs(mark.x2 - mark.x);
  const centre = mark.cx ?? mark.x;
  const scale = (size * 2) / 16;
  return (
    <g
      className="fp-mark"
      data-mark-key={mark.id}
      data-event-id={mark.id}
      data-category={mark.category}
      data-kind={mark.kind}
      data-figures={mark.figures ?? 'none'}
      data-state={state}
      data-new={isNew ? 'true' : undefined}
      role="button"
      aria-label={isNew ? newEventName(newEvents, label) : label}
      aria-pressed={selected}
      tabIndex={tabIndex}
      {...interaction}
    >
      {mark.kind !== 'point' && span >= 1 && (
        <rect
          className={mark.kind === 'range' ? 'fp-mark__range' : 'fp-mark__span'}
          x={left}
          y={mark.y - (mark.kind === 'range' ? size * 0.45 : size * 0.8)}
          width={span}
          height={mark.kind === 'range' ? size * 0.9 : size * 1.6}
          rx={mark.kind === 'range' ? size * 0.45 : 2}
        />
      )}
      {/* A transparent target of 24 × 24 px, so small symbols are easy to hit (WCAG 2.5.8). */}
      <rect className="fp-mark__target" x={centre - 12} y={mark.y - 12} width={24} height={24} />
      <path
        className="fp-mark__symbol"
        d={categoryShape(theme, mark.category)}
        transform={`translate(${centre - size} ${mark.y - size}) scale(${scale})`}
      />
      {mark.figures === 'denied' && (
        <line className="fp-mark__denied" x1={centre - size} y1={mark.y + size} x2={centre + size} y2={mark.y - size} />
      )}
      {mark.figures && <MarkFigureBadge status={mark.figures} x={centre + size} y={mark.y} />}
      {isNew && <MarkNewBadge x={centre - size} y={mark.y - size} />}
      <circle className="fp-mark__ring" cx={centre} cy={mark.y} r={size + 4} />
    </g>
  );
}
