// The tables of RESULTS.md, one function each.
import { isUnavailable, type CaseSummary } from './aggregate';
import { cell, formatCount, formatKb, formatMb, formatMs, formatRatio } from './format';
import type { LibraryId } from './libraries';
import type { MemoryResult } from './measureMemory';
import type { Sizes } from './measureSizes';
import type { StepSummary } from './stats';
import type { TargetResult } from './targets';

export const LIBRARY_NAMES: Record<LibraryId, string> = {
  flashpoint: 'Flashpoint',
  'vis-timeline': 'vis-timeline',
  'react-chrono': 'react-chrono',
};

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

interface Row {
  label: string;
  /** The figure of one library, or undefined when it has none. */
  read: (summary: CaseSummary) => number | undefined;
  show: (value: number) => string;
  /** Key into the ratios (aggregate.RATIO_FIGURES), when the row has one. */
  ratio?: string;
  /** Which steps the row reads, so a missing figure can say why (no zoom, timed out). */
  part?: 'zoom' | 'pan';
}

const stepRows = (part: 'zoom' | 'pan', name: string): Row[] => {
  const read = (pick: (steps: StepSummary) => number) => (summary: CaseSummary) => {
    const steps = summary[part];
    return isUnavailable(steps) ? undefined : pick(steps);
  };
  const key = (suffix: string) => `${part}${suffix}`;
  return [
    { label: `${name}: frame p50`, read: read((s) => s.p50), show: formatMs, ratio: key('P50'), part },
    { label: `${name}: frame p95`, read: read((s) => s.p95), show: formatMs, ratio: key('P95'), part },
    { label: `${name}: longest frame`, read: read((s) => s.max), show: formatMs, ratio: key('Max'), part },
    { label: `${name}: steps over 16.7 ms`, read: read((s) => s.over), show: formatCount, part },
    { label: `${name}: input → painted, p95`, read: read((s) => s.latencyP95), show: formatMs, part },
    { label: `${name}: steps that changed the view`, read: read((s) => s.changed), show: formatCount, part },
  ];
};

const ROWS: Row[] = [
  { label: 'Mount → first paint', read: (s) => s.firstPaintMs, show: formatMs, ratio: 'firstPaintMs' },
  { label: 'Mount → settled', read: (s) => s.settledMs, show: formatMs, ratio: 'settledMs' },
  { label: 'JS heap after mount', read: (s) => s.heapAfterMountMb, show: formatMb, ratio: 'heapAfterMountMb' },
  { label: 'Heap added by the mount', read: (s) => s.heapGrowthMb, show: formatMb, ratio: 'heapGrowthMb' },
  { label: 'DOM elements after mount', read: (s) => s.domAfterMount, show: formatCount, ratio: 'domAfterMount' },
  { label: 'DOM elements, most seen', read: (s) => s.domMax, show: formatCount, ratio: 'domMax' },
  ...stepRows('zoom', 'Zoom'),
  ...stepRows('pan', 'Pan'),
  { label: 'Runs that mounted', read: (s) => s.runs, show: formatCount },
];

/** Why a library has no figure in a row: the mount's status, or the steps' reason. */
function why(summary: CaseSummary, row: Row): string {
  if (summary.status !== 'ok') return summary.status;
  const steps = row.part ? summary[row.part] : undefined;
  return steps && isUnavailable(steps) ? steps.unavailable : '—';
}

/** One size: a column per library and Flashpoint ÷ vis-timeline. */
export function caseTable(summaries: readonly CaseSummary[], ratios: Record<string, number> | undefined): string {
  const header = [
    '',
    ...summaries.map((s) => LIBRARY_NAMES[s.library]),
    ...(ratios ? ['Flashpoint ÷ vis-timeline'] : []),
  ];
  const rows = ROWS.map((row) => [
    row.label,
    ...summaries.map((summary) => {
      const value = row.read(summary);
      return value === undefined ? why(summary, row) : row.show(value);
    }),
    ...(ratios ? [row.ratio && ratios[row.ratio] !== undefined ? formatRatio(ratios[row.ratio]!) : ''] : []),
  ]);
  return table(header, rows);
}

export function sizesTable(sizes: Sizes): string {
  const rows = sizes.libraries.map((size) => [
    LIBRARY_NAMES[size.library],
    `\`${size.entry}\``,
    formatKb(size.jsMinifiedBytes),
    formatKb(size.jsGzipBytes),
    size.lazyJsGzipBytes ? formatKb(size.lazyJsGzipBytes) : '—',
    formatKb(size.cssGzipBytes),
    formatKb(size.jsGzipBytes + size.cssGzipBytes),
  ]);
  rows.push([
    'Flashpoint embed',
    '`dist/embed/flashpoint.js` (React included)',
    '',
    formatKb(sizes.embedGzipBytes),
    '',
    '',
    '',
  ]);
  return table(
    ['Library', 'Entry', 'JS minified', 'JS gzip', 'JS loaded later, gzip', 'CSS gzip', 'JS + CSS gzip'],
    rows,
  );
}

export function memoryTable(memory: MemoryResult): string {
  const rows = [
    ['Before any mount (data loaded)', formatMb(memory.coldMb), ''],
    [
      'After one warm-up mount and unmount: the baseline',
      formatMb(memory.baselineMb),
      `+${formatMb(memory.baselineMb - memory.coldMb)} kept by the page`,
    ],
    ['First timeline mounted', formatMb(memory.oneMountedMb), `+${formatMb(memory.oneMountedMb - memory.baselineMb)}`],
    ...memory.trend.map(({ cycle, heapMb }) => [
      `After unmount ${cycle}`,
      formatMb(heapMb),
      `${heapMb >= memory.baselineMb ? '+' : ''}${formatMb(heapMb - memory.baselineMb)}`,
    ]),
  ];
  return table(['Heap after forced GC', 'Used', 'Over the baseline'], rows);
}

export function targetsTable(targets: readonly TargetResult[]): string {
  return table(
    ['Target', 'Measured', 'Status'],
    targets.map((t) => [t.target, t.measured, t.status === 'NOT met' ? '**NOT met**' : t.status]),
  );
}
