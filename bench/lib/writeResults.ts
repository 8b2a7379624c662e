// Writes results.json (compact: what fits on a line stays on one) and RESULTS.md.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatMarkdown } from './formatMarkdown';
import type { BenchResults } from './results';

const LINE = 160;

/** Milliseconds and megabytes to 0.01: the clock's resolution in a page is coarser than that. */
const round = (value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value;

/** JSON with nesting by indentation, but any object or array that fits within LINE characters on one line. */
export function compactJson(value: unknown, indent = ''): string {
  const flat = JSON.stringify(value, (_key, inner: unknown) => round(inner));
  if (flat === undefined) return 'null';
  if (indent.length + flat.length <= LINE || value === null || typeof value !== 'object') return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((item) => inner + compactJson(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${compactJson(item, inner)}`).join(',\n')}\n${indent}}`;
}

export async function writeResults(results: BenchResults, dir: string): Promise<{ json: string; markdown: string }> {
  await mkdir(dir, { recursive: true });
  const json = resolve(dir, 'results.json');
  const markdown = resolve(dir, 'RESULTS.md');
  await writeFile(json, `${compactJson(results)}\n`);
  await writeFile(markdown, formatMarkdown(results));
  return { json, markdown };
}
