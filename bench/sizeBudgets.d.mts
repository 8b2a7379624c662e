// Types of bench/sizeBudgets.mjs, for its unit test (test/bench/sizeBudgets.test.ts).

/** One item of bench/size-budgets.json: gzip bytes. */
export interface SizeBudget {
  /** The aim (issue 9), or null where none was set. */
  target: number | null;
  /** What `npm test` enforces: the target where it is met, else the figure measured when set + 2 %. */
  ceiling: number;
  why?: string;
}

export interface BudgetRow {
  item: string;
  measured: number | null;
  ceiling: number | null;
  target: number | null;
  /** null without a target or a measurement. */
  targetMet: boolean | null;
  withinCeiling: boolean;
}

export const RATCHET_ALLOWANCE: number;
export function ratchetCeiling(measuredBytes: number, allowance?: number): number;
export function compareBudgets(
  measured: Record<string, number>,
  budgets: Record<string, SizeBudget>,
): { rows: BudgetRow[]; problems: string[] };
export function atlasProblems(atlasInFirstLoad: Record<string, boolean>): string[];
export function kb(bytes: number | null | undefined): string;
export function formatBudgetTable(rows: BudgetRow[]): string;
export function formatTargetsMarkdown(rows: BudgetRow[]): string;
