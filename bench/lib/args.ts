import { parseArgs } from 'node:util';
import { LIBRARIES, type LibraryId } from './libraries';

export const DEFAULT_SIZES = [100, 1_000, 10_000, 100_000];
export const DEFAULT_RUNS = 3;

export interface BenchOptions {
  sizes: number[];
  runs: number;
  libraries: LibraryId[];
  /** Run the 50 mount/unmount cycles (Flashpoint only). */
  memory: boolean;
  /** Every size, run and library: only then are bench/results.json and bench/RESULTS.md replaced. */
  complete: boolean;
}

export const USAGE =
  'tsx bench/run.ts [--sizes 100,1000] [--runs 1] [--only flashpoint,vis-timeline] [--no-memory]\n' +
  'A run with any of these options writes to bench/.out/ instead of bench/results.json and bench/RESULTS.md.';

function list(value: string | undefined): string[] | undefined {
  return value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Reads the command line; throws with the usage on anything it does not understand. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      only: { type: 'string' },
      'no-memory': { type: 'boolean' },
    },
    strict: true,
  });
  const sizes = list(values.sizes)?.map(Number) ?? DEFAULT_SIZES;
  if (!sizes.length || sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new Error(`--sizes takes whole numbers above 0, like 100,1000\n${USAGE}`);
  }
  const runs = values.runs === undefined ? DEFAULT_RUNS : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number above 0\n${USAGE}`);
  const known = LIBRARIES.map((library) => library.id as string);
  const only = list(values.only) ?? known;
  const unknown = only.filter((id) => !known.includes(id));
  if (unknown.length || !only.length) throw new Error(`--only takes ${known.join(', ')}\n${USAGE}`);
  const libraries = known.filter((id) => only.includes(id)) as LibraryId[];
  const memory = !values['no-memory'] && libraries.includes('flashpoint');
  const complete =
    sizes.join() === DEFAULT_SIZES.join() && runs === DEFAULT_RUNS && libraries.length === known.length && memory;
  return { sizes, runs, libraries, memory, complete };
}
