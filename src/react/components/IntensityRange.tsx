import { bisectLeft } from 'd3-array';
import type { ChangeEvent } from 'react';
import type { Domain } from '../../layout/types';

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
}

/**
 * The brush for the keyboard: two native range inputs, the start and the end of the visible span, moving
 * from one local midnight to the next (Page Up / Page Down take bigger steps, Home / End go to the ends).
 * Native controls, so every screen reader knows them; each announces its date. Visually hidden until one
 * of them has focus, when the row shows (see .fp-intensity__keys in the styles).
 */
export function IntensityRange(props: IntensityRangeProps) {
  const { bounds, domain, stops, onChange, startLabel, endLabel, formatDay, idPrefix } = props;
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
