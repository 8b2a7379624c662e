import { memo } from 'react';
import type { IntensityBar } from '../../layout/layoutIntensity';

export interface IntensityBarsProps {
  bars: readonly IntensityBar[];
}

/** Events per bin, stacked by category; colours come from --fp-color-category-* through `data-category`. */
export const IntensityBars = memo(function IntensityBars({ bars }: IntensityBarsProps) {
  return (
    <g className="fp-intensity__bars">
      {bars.map((bar) => (
        <rect
          key={bar.key}
          className="fp-intensity__bar"
          data-category={bar.category}
          x={bar.x}
          y={bar.y}
          width={bar.width}
          height={bar.height}
        />
      ))}
    </g>
  );
});
