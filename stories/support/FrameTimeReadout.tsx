import type { CSSProperties, RefObject } from 'react';
import { FRAME_BUDGET_MS } from './frameTimes';
import { useFrameTimes } from './useFrameTimes';

export interface FrameTimeReadoutProps {
  /** The element the measured component renders into. */
  target: RefObject<HTMLElement | null>;
  /** performance.now() at the story's first render. */
  startedAt: number;
}

const milliseconds = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ms = (value: number | undefined) => (value === undefined ? '—' : `${milliseconds.format(value)} ms`);

// Story-only markup: colours are inherited from the theme wrapper or read from its tokens, never written out.
const HINT: CSSProperties = { margin: 0, color: 'var(--fp-color-text-muted)' };
const LIST: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: '0.25rem 1.5rem',
  margin: '0.25rem 0 1rem',
  fontVariantNumeric: 'tabular-nums',
};
const TERM: CSSProperties = { display: 'inline', fontWeight: 600 };
const VALUE: CSSProperties = { display: 'inline', margin: '0 0 0 0.4em' };

/**
 * What the story costs in this browser, on screen: mount time, frame times while zooming and panning, and the
 * component's DOM size. A reader's feel for it, not a benchmark: `npm run bench` is the measurement.
 */
export function FrameTimeReadout({ target, startedAt }: FrameTimeReadoutProps) {
  const { mountMs, stats, elementCount, state } = useFrameTimes(target, startedAt);
  const rows: [string, string][] = [
    ['Mount', mountMs === null ? 'measuring…' : ms(mountMs)],
    ['Frames (last ~2 s of zoom/pan)', stats ? whole.format(stats.frames) : 'none yet'],
    ['p50', ms(stats?.p50)],
    ['p95', ms(stats?.p95)],
    ['max', ms(stats?.max)],
    [`over ${FRAME_BUDGET_MS} ms`, stats ? whole.format(stats.over) : '—'],
    ['DOM elements', elementCount === null ? '—' : whole.format(elementCount)],
  ];
  return (
    <div data-frame-time-readout="" data-state={state}>
      <p style={HINT}>
        Ctrl/⌘ + wheel zooms, drag pans. Frame times are the gaps between animation frames while you do; this browser,
        this machine — <code>npm run bench</code> is the real measurement.
      </p>
      <dl style={LIST}>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt style={TERM}>{term}</dt>
            <dd style={VALUE}>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
