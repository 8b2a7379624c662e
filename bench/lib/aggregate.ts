// Runs → one summary per library and size (medians of the runs), and Flashpoint ÷ vis-timeline.
import type { Library, LibraryId } from './libraries';
import { PAN_STEPS, ZOOM_STEPS_PER_LEG } from './measureFrames';
import type { RunRecord, RunStatus } from './runCase';
import { medianOf, medianSummary, summariseSteps, type StepSummary } from './stats';

export interface Unavailable {
  unavailable: string;
}

export interface CaseSummary {
  library: LibraryId;
  size: number;
  /** Of the mount, over the runs: ok when at least one run mounted. */
  status: RunStatus;
  note?: string;
  /** Runs that mounted (the medians are over these). */
  runs: number;
  firstPaintMs?: number;
  settledMs?: number;
  heapAfterMountMb?: number;
  heapGrowthMb?: number;
  domAfterMount?: number;
  /** The most elements seen in any run, after the mount or after any step ("never more than"). */
  domMax?: number;
  zoom: StepSummary | Unavailable;
  pan: StepSummary | Unavailable;
}

export const ZOOM_STEPS = 4 * ZOOM_STEPS_PER_LEG;

export function isUnavailable(value: unknown): value is Unavailable {
  return typeof value === 'object' && value !== null && 'unavailable' in value;
}

function stepsSummary(
  mounted: readonly RunRecord[],
  part: 'zoom' | 'pan',
  expected: number,
): StepSummary | Unavailable {
  const complete = mounted.filter((record) => record.interaction?.[part].length === expected);
  if (complete.length) return medianSummary(complete.map((record) => summariseSteps(record.interaction![part])));
  const stopped = mounted.find((record) => record.interaction && record.interaction.status !== 'ok');
  if (!stopped?.interaction) return { unavailable: 'not measured' };
  const { status, note } = stopped.interaction;
  if (status === 'not run') return { unavailable: `not run: ${note ?? ''}` };
  // What was measured before the cap is worth saying, marked as partial: it shows how far off the cap was.
  const partial = stopped.interaction[part];
  if (!partial.length) return { unavailable: status };
  const p50 = Math.round(summariseSteps(partial).p50);
  return { unavailable: `${status} after ${partial.length} of ${expected} steps (their median frame ${p50} ms)` };
}

/** The medians of a library's runs at one size. */
export function summariseCase(library: Library, size: number, records: readonly RunRecord[]): CaseSummary {
  const own = records.filter((record) => record.library === library.id && record.size === size);
  const mounted = own.filter((record) => record.status === 'ok' && record.mount);
  const firstProblem = own.find((record) => record.status !== 'ok');
  const summary: CaseSummary = {
    library: library.id,
    size,
    status: mounted.length ? 'ok' : (firstProblem?.status ?? 'not run'),
    runs: mounted.length,
    zoom: library.zoomInDeltaY === null ? { unavailable: 'no zoom' } : stepsSummary(mounted, 'zoom', ZOOM_STEPS),
    pan: stepsSummary(mounted, 'pan', PAN_STEPS),
  };
  if (firstProblem?.note) summary.note = `run ${firstProblem.run} ${firstProblem.status}: ${firstProblem.note}`;
  if (!mounted.length) {
    // Nothing mounted, so nothing was stepped through either: say why once, in every column.
    const why = { unavailable: summary.status };
    return { ...summary, zoom: library.zoomInDeltaY === null ? summary.zoom : why, pan: why };
  }
  summary.firstPaintMs = medianOf(mounted.map((record) => record.mount!.firstPaintMs));
  summary.settledMs = medianOf(mounted.map((record) => record.mount!.settledMs));
  summary.heapAfterMountMb = medianOf(mounted.map((record) => record.heap?.afterMountMb));
  summary.heapGrowthMb = medianOf(
    mounted.map((record) => record.heap && record.heap.afterMountMb - record.heap.beforeMountMb),
  );
  summary.domAfterMount = medianOf(mounted.map((record) => record.mount!.domCount));
  summary.domMax = Math.max(
    ...mounted.flatMap((record) => [
      record.mount!.domCount,
      ...(record.interaction?.zoom ?? []).map((step) => step.domCount),
      ...(record.interaction?.pan ?? []).map((step) => step.domCount),
    ]),
  );
  return summary;
}

/** The figures compared as ratios, with how to read each out of a summary. */
export const RATIO_FIGURES: Record<string, (summary: CaseSummary) => number | undefined> = {
  firstPaintMs: (s) => s.firstPaintMs,
  settledMs: (s) => s.settledMs,
  heapAfterMountMb: (s) => s.heapAfterMountMb,
  heapGrowthMb: (s) => s.heapGrowthMb,
  domAfterMount: (s) => s.domAfterMount,
  domMax: (s) => s.domMax,
  zoomP50: (s) => (isUnavailable(s.zoom) ? undefined : s.zoom.p50),
  zoomP95: (s) => (isUnavailable(s.zoom) ? undefined : s.zoom.p95),
  zoomMax: (s) => (isUnavailable(s.zoom) ? undefined : s.zoom.max),
  panP50: (s) => (isUnavailable(s.pan) ? undefined : s.pan.p50),
  panP95: (s) => (isUnavailable(s.pan) ? undefined : s.pan.p95),
  panMax: (s) => (isUnavailable(s.pan) ? undefined : s.pan.max),
};

/** Flashpoint's figure ÷ vis-timeline's, for each figure both have (under 1: Flashpoint smaller or faster). */
export function ratios(flashpoint: CaseSummary, vis: CaseSummary): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [name, read] of Object.entries(RATIO_FIGURES)) {
    const ours = read(flashpoint);
    const theirs = read(vis);
    if (ours !== undefined && theirs !== undefined && theirs > 0) result[name] = ours / theirs;
  }
  return result;
}
