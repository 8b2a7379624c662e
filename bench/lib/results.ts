// Everything one benchmark run found, as written to results.json and read by formatMarkdown.
import { ratios, summariseCase, type CaseSummary } from './aggregate';
import type { CaseData } from './datasets';
import type { Environment } from './environment';
import { LIBRARIES, type LibraryId } from './libraries';
import type { MemoryResult } from './measureMemory';
import type { Sizes } from './measureSizes';
import type { RunRecord } from './runCase';
import { evaluateTargets, type TargetResult } from './targets';

export interface Caps {
  mountMs: number;
  interactionMs: number;
}

export interface BenchResults {
  environment: Environment;
  options: { sizes: number[]; runs: number; libraries: LibraryId[]; memory: boolean };
  caps: Caps;
  datasets: CaseData[];
  sizes?: Sizes;
  memory?: MemoryResult;
  /** Why the memory cycles have no result, when they have none. */
  memoryNote?: string;
  /** Anything about this run a reader of the figures should know (a stand-in file, a restarted browser). */
  runNotes: string[];
  /** Every run as measured, steps included. */
  runs: RunRecord[];
  /** Medians of the runs, per size and library. */
  summaries: CaseSummary[];
  /** Per size: Flashpoint's figures ÷ vis-timeline's. */
  ratios: Record<string, Record<string, number>>;
  targets: TargetResult[];
}

export type MeasuredParts = Omit<BenchResults, 'summaries' | 'ratios' | 'targets'>;

/** Medians, ratios and targets from the raw runs. */
export function assembleResults(parts: MeasuredParts): BenchResults {
  const libraries = LIBRARIES.filter((library) => parts.options.libraries.includes(library.id));
  const summaries = parts.options.sizes.flatMap((size) =>
    libraries.map((library) => summariseCase(library, size, parts.runs)),
  );
  const byRatio: BenchResults['ratios'] = {};
  for (const size of parts.options.sizes) {
    const ours = summaries.find((s) => s.size === size && s.library === 'flashpoint');
    const vis = summaries.find((s) => s.size === size && s.library === 'vis-timeline');
    if (ours && vis) byRatio[size] = ratios(ours, vis);
  }
  return {
    ...parts,
    summaries,
    ratios: byRatio,
    targets: evaluateTargets({ summaries, sizes: parts.sizes, memory: parts.memory }),
  };
}
