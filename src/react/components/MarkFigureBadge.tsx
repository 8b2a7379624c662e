import type { FigureStatus } from '../../layout/figureStatus';

/** Badge glyphs: a tick for confirmed figures, "!" where accounts disagree. Other statuses show in the outline. */
const BADGES: Partial<Record<FigureStatus, string>> = {
  confirmed: 'M1.5 5.2l2.3 2.3L8.5 2.6',
  contested: 'M5 1.5v4.2M5 7.4v1.1',
};

export interface MarkFigureBadgeProps {
  status: FigureStatus;
  /** Top-right corner of the symbol, px. */
  x: number;
  y: number;
}

/** The small badge at a mark's corner that says, beside fill and outline, how far its figures hold. */
export function MarkFigureBadge({ status, x, y }: MarkFigureBadgeProps) {
  const path = BADGES[status];
  if (!path) return null;
  return (
    <g className="fp-mark__badge" data-figures={status} transform={`translate(${x - 1} ${y - 9})`} aria-hidden="true">
      <circle className="fp-mark__badge-disc" cx={5} cy={5} r={5} />
      <path className="fp-mark__badge-glyph" d={path} />
    </g>
  );
}
