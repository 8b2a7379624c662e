/** A four-pointed spark in a 10 × 10 box: the shape that says "new", whatever the colours. */
export const NEW_BADGE_PATH = 'M5 0L6.3 3.7L10 5L6.3 6.3L5 10L3.7 6.3L0 5L3.7 3.7Z';

export interface MarkNewBadgeProps {
  /** Top-left corner of the symbol, px: the spark sits just outside it. */
  x: number;
  y: number;
}

/** The "new" spark at a mark's or cluster's top-left corner (the figures badge has the top-right). */
export function MarkNewBadge({ x, y }: MarkNewBadgeProps) {
  return (
    <g className="fp-mark__new" transform={`translate(${x - 7} ${y - 7})`} aria-hidden="true">
      <path className="fp-mark__new-glyph" d={NEW_BADGE_PATH} />
    </g>
  );
}
