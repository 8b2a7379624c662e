import type { ReactNode } from 'react';

export type LegendMark = 'point' | 'range' | 'approximate' | 'cluster' | 'link' | 'phase';

export interface LegendSwatchProps {
  mark: LegendMark;
  /** The cluster's sample count in the reader's digits. Default: Latin digits. */
  formatNumber?: (value: number) => string;
}

/** The number drawn in the sample cluster. */
const CLUSTER_SAMPLE = 3;

const AXIS = <line className="fp-legend__axis" x1="1" y1="10" x2="31" y2="10" />;

/** Drawings of the mark encodings, 32×20 px; decorative (the words are beside them), colours from --fp-* properties. */
const DRAWINGS: Record<Exclude<LegendMark, 'cluster'>, ReactNode> = {
  point: (
    <>
      {AXIS}
      <circle className="fp-legend__symbol" cx="16" cy="10" r="4.5" />
    </>
  ),
  range: (
    <>
      {AXIS}
      <rect className="fp-legend__range" x="6" y="7" width="22" height="6" rx="3" />
      <circle className="fp-legend__symbol" cx="7" cy="10" r="4.5" />
    </>
  ),
  approximate: (
    <>
      {AXIS}
      <rect className="fp-legend__span" x="3" y="4" width="26" height="12" rx="2" />
      <circle className="fp-legend__symbol" cx="16" cy="10" r="4.5" />
    </>
  ),
  link: (
    <>
      <circle className="fp-legend__symbol" cx="4.5" cy="15" r="3" />
      <path className="fp-legend__link" d="M6.5 12.5 Q15 1 25 9" />
      <path className="fp-legend__link-head" d="M29 12.5 L21.6 11.6 L26.2 6.4 z" />
    </>
  ),
  phase: (
    <>
      <rect className="fp-legend__phase" x="4" y="0" width="24" height="20" />
      <line className="fp-legend__phase-edge" x1="4.5" y1="0" x2="4.5" y2="20" />
      <line className="fp-legend__phase-edge" x1="27.5" y1="0" x2="27.5" y2="20" />
    </>
  ),
};

/** The sample cluster, with its count in the reader's digits. */
function Cluster({ count }: { count: string }) {
  return (
    <>
      {AXIS}
      <circle className="fp-legend__cluster" cx="16" cy="10" r="8.5" />
      <text className="fp-legend__cluster-count" x="16" y="10" textAnchor="middle" dominantBaseline="central">
        {count}
      </text>
    </>
  );
}

/** A small drawing of how the timeline draws one kind of mark, hidden from assistive technology. */
export function LegendSwatch({ mark, formatNumber = String }: LegendSwatchProps) {
  return (
    <svg
      className="fp-legend__swatch"
      data-mark={mark}
      viewBox="0 0 32 20"
      width="32"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      {mark === 'cluster' ? <Cluster count={formatNumber(CLUSTER_SAMPLE)} /> : DRAWINGS[mark]}
    </svg>
  );
}
