import { bisectLeft } from 'd3-array';
import type { ChangeEvent } from 'react';
import type { AxisDirection, Domain } from '../../layout/types';

export interface IntensityRangeProps {
  bounds: Domain;
  domain: Domain;
  /** The instants a slider can stop at, ascending: local midnights across the bounds. */
  stops: readonly number[];
  onChange: (domain: Domain) => void;
  /** Accessible names of the two sliders. */
  startLabel: string;
  endLabel: string;
  /** A date in words, for aria-valuetext ("15 November 2023"). */
  formatDay: (time: number) => string;
  idPrefix: string;
  /** Which way the chart's time runs: each slider runs the same way (its minimum, the earliest day, on that side). */
  direction?: AxisDirection;
}

/**
 * The brush for the keyboard: two native range inputs, the start and the end of the visible span, moving
 * from one local midnight to the next (Page Up / Page Down take bigger steps, Home / End go to the ends).
 * Native controls, so every screen reader knows them; each announces its date. Visually hidden until one
 * of them has focus, when the row shows (see .fp-intensity__keys in the styles). Values are always stop
 * indexes, earliest first, so "start" and "end" mean time in either direction; only the track's direction
 * (and so which arrow key moves later) follows the axis, not the page's text direction.
 */
export function IntensityRange(props: IntensityRangeProps) {
  const { bounds, domain, stops, onChange, startLabel, endLabel, formatDay, idPrefix, direction = 'ltr' } = props;
  if (stops.length < 2) return null;
  const last = stops.length - 1;
  /** The nearest stop. */
  const toValue = (time: number) => {
    const i = Math.min(last, Math.max(0, bisectLeft(stops, time)));
    return i > 0 && time - stops[i - 1]! < stops[i]! - time ? i - 1 : i;
  };
  const toTime = (value: number) => Math.min(bounds[1], Math.max(bounds[0], stops[value] ?? bounds[0]));
  const start = toValue(domain[0]);
  const end = Math.max(toValue(domain[1]), start + 1);

  const onStart = (event: ChangeEvent<HTMLInputElement>) => {
    const value = Math.min(Number(event.target.value), end - 1);
    onChange([toTime(value), domain[1]]);
  };
  const onEnd = (event: ChangeEvent<HTMLInputElement>) => {
    const value = Math.max(Number(event.target.value), start + 1);
    onChange([domain[0], toTime(value)]);
  };
  const slider = (edge: 'start' | 'end') => (
    <label className="fp-intensity__key" htmlFor={`${idPrefix}-${edge}`}>
      <span>{edge === 'start' ? startLabel : endLabel}</span>
      <input
        id={`${idPrefix}-${edge}`}
        type="range"
        // A range input runs the way its direction says: the same way as the axis above it, not the page.
        dir={direction}
        min={0}
        max={last}
        step={1}
        value={edge === 'start' ? start : end}
        aria-valuetext={formatDay(edge === 'start' ? domain[0] : domain[1])}
        onChange={edge === 'start' ? onStart : onEnd}
      />
      <span className="fp-intensity__key-value" aria-hidden="true">
        {formatDay(edge === 'start' ? domain[0] : domain[1])}
      </span>
    </label>
  );
  return (
    <div className="fp-intensity__keys">
      {slider('start')}
      {slider('end')}
    </div>
  );
}
