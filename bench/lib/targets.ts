// The targets, each with the measured figure and whether it was met. Missing figures are said, not guessed.
import { isUnavailable, type CaseSummary } from './aggregate';
import { formatCount, formatKb, formatMb, formatMs } from './format';
import type { MemoryResult } from './measureMemory';
import type { Sizes } from './measureSizes';
import { FRAME_BUDGET_MS } from './stats';

export type TargetStatus = 'met' | 'NOT met' | 'not measured';

export interface TargetResult {
  target: string;
  measured: string;
  status: TargetStatus;
}

export interface TargetInput {
  summaries: readonly CaseSummary[];
  sizes?: Sizes;
  memory?: MemoryResult;
}

const KB = 1024;

const check = (target: string, measured: number | undefined, limit: number, show: (n: number) => string) =>
  measured === undefined
    ? { target, measured: '—', status: 'not measured' as const }
    : { target, measured: show(measured), status: measured <= limit ? ('met' as const) : ('NOT met' as const) };

/** Why a figure is missing, when the summary says so (a timeout reads better than a dash). */
function missing(result: TargetResult, reason: string | undefined): TargetResult {
  return result.status === 'not measured' && reason ? { ...result, measured: reason } : result;
}

export function evaluateTargets({ summaries, sizes, memory }: TargetInput): TargetResult[] {
  const find = (library: string, size: number) => summaries.find((s) => s.library === library && s.size === size);
  const big = find('flashpoint', 100_000);
  const bigWhy = big && big.status !== 'ok' ? big.status : undefined;
  const step = (part: 'zoom' | 'pan') => {
    const summary = big?.[part];
    return summary && !isUnavailable(summary) ? summary.p95 : undefined;
  };
  const stepWhy = (part: 'zoom' | 'pan') => {
    const summary = big?.[part];
    return summary && isUnavailable(summary) ? summary.unavailable : bigWhy;
  };
  const results: TargetResult[] = [
    missing(check('100,000 events: mount → first paint ≤ 1.5 s', big?.firstPaintMs, 1500, formatMs), bigWhy),
    missing(
      check('100,000 events: zoom p95 frame ≤ 16.7 ms', step('zoom'), FRAME_BUDGET_MS, formatMs),
      stepWhy('zoom'),
    ),
    missing(check('100,000 events: pan p95 frame ≤ 16.7 ms', step('pan'), FRAME_BUDGET_MS, formatMs), stepWhy('pan')),
    missing(check('100,000 events: never more than 3,000 DOM elements', big?.domMax, 3000, formatCount), bigWhy),
  ];
  const mid = find('flashpoint', 10_000)?.firstPaintMs;
  const midVis = find('vis-timeline', 10_000)?.firstPaintMs;
  const fifth = '10,000 events: mount ≤ 1/5 of vis-timeline’s';
  results.push(
    mid === undefined || midVis === undefined
      ? { target: fifth, measured: '—', status: 'not measured' }
      : {
          target: fifth,
          measured: `${formatMs(mid)} vs ${formatMs(midVis)} (×${(mid / midVis).toFixed(2)})`,
          status: mid <= midVis / 5 ? 'met' : 'NOT met',
        },
  );
  results.push(
    check('1,000 events: mount → first paint ≤ 100 ms', find('flashpoint', 1_000)?.firstPaintMs, 100, formatMs),
  );
  const ours = sizes?.libraries.find((size) => size.library === 'flashpoint');
  results.push(
    check(
      '`flashpoint/react` Timeline, minified + gzip JS, React excluded ≤ 50 KB',
      ours?.jsGzipBytes,
      50 * KB,
      formatKb,
    ),
  );
  results.push(
    check(
      'Embed script with React (dist/embed/flashpoint.js), gzip ≤ 110 KB',
      sizes?.embedGzipBytes,
      110 * KB,
      formatKb,
    ),
  );
  results.push(
    memory
      ? {
          target: `Memory: ${memory.cycles} mounts and unmounts of ${memory.size.toLocaleString('en-GB')} events leave the heap flat (growth ≤ ${formatMb(memory.toleranceMb)})`,
          measured: `${memory.growthMb >= 0 ? '+' : ''}${formatMb(memory.growthMb)} (${formatMb(memory.baselineMb)} → ${formatMb(memory.afterMb)})`,
          status: memory.flat ? 'met' : 'NOT met',
        }
      : { target: 'Memory: 50 mounts and unmounts leave the heap flat', measured: '—', status: 'not measured' },
  );
  return results;
}
