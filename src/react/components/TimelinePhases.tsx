import type { AxisDirection, PhaseBand } from '../../layout/types';
import { shortenText } from '../../schema/graphemes';

export interface TimelinePhasesProps {
  bands: PhaseBand[];
  /** Top and height of the area the bands shade, px. */
  top: number;
  height: number;
  /** Which way time runs: a phase's name sits at its start in time (its right end on a reversed axis). */
  direction?: AxisDirection;
}

/** Average label advance, px per character at 11 px: phase names are cut to their band rather than overlap. */
const CHAR_WIDTH = 6.2;

function fitToBand(title: string, width: number): string | null {
  const room = Math.floor((width - 8) / CHAR_WIDTH);
  if (room < 4) return null;
  return title.length <= room ? title : shortenText(title, room - 1);
}

/** Dataset phases as labelled background bands, alternating in tone so neighbours stay apart. */
export function TimelinePhases({ bands, top, height, direction = 'ltr' }: TimelinePhasesProps) {
  return (
    <g className="fp-phases" aria-hidden="true">
      {bands.map((band, index) => (
        <g key={band.id} className="fp-phase" data-phase-id={band.id} data-parity={index % 2 ? 'odd' : 'even'}>
          <rect className="fp-phase__band" x={band.x} y={top} width={band.width} height={height} />
          <PhaseLabel title={band.title} x={band.x} y={top + 12} width={band.width} direction={direction} />
        </g>
      ))}
    </g>
  );
}

interface PhaseLabelProps {
  title: string;
  x: number;
  y: number;
  width: number;
  direction: AxisDirection;
}

function PhaseLabel({ title, x, y, width, direction }: PhaseLabelProps) {
  const text = fitToBand(title, width);
  if (text === null) return null;
  const reversed = direction === 'rtl';
  return (
    <text
      className="fp-phase__label"
      x={reversed ? x + width - 4 : x + 4}
      y={y}
      textAnchor={reversed ? 'end' : 'start'}
    >
      {text}
    </text>
  );
}
