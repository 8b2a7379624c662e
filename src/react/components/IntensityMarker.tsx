import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolWye, symbolCross } from 'd3-shape';

const SHAPES = [symbolCircle, symbolSquare, symbolDiamond, symbolTriangle, symbolWye, symbolCross];
const PATHS = SHAPES.map((shape) => symbol(shape, 30)() ?? '');

export interface IntensityMarkerProps {
  /** The counter's position: each has its own shape, so lines differ by more than colour. */
  index: number;
  x: number;
  y: number;
  /** A native tooltip for pointer users; the chart's figures are in its data table for everyone. */
  title?: string;
}

/** A reported count's marker: a small shape centred on the point, one shape per counter. */
export function IntensityMarker({ index, x, y, title }: IntensityMarkerProps) {
  return (
    <path className="fp-intensity__marker" transform={`translate(${x} ${y})`} d={PATHS[index % PATHS.length]}>
      {title && <title>{title}</title>}
    </path>
  );
}

/** How many distinct line styles there are before they repeat. */
export const INTENSITY_STYLES = SHAPES.length;
