/**
 * Components take a validated Dataset, but a host may hand them anything (an unparsed JSON file,
 * an old cache). These turn whatever is there into something safe to render, instead of throwing.
 */
import { ID_PATTERN } from '../../schema/idPattern';

/** Text to show: strings as they are (trimmed), finite numbers as digits, anything else "". */
export function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** The value if it is a list, else an empty one. */
export function list<T>(value: readonly T[] | null | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}

/** Only objects (not null, not lists) from a list. */
export function objects<T>(value: readonly T[] | null | undefined): T[] {
  return list(value).filter((item): item is T => typeof item === 'object' && item !== null && !Array.isArray(item));
}

export function isUsableId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** Joins class names, skipping empty ones. */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}

/** A heading level kept within h1–h6. */
export function clampLevel(level: unknown, fallback = 3): 1 | 2 | 3 | 4 | 5 | 6 {
  const n = typeof level === 'number' && Number.isInteger(level) ? level : fallback;
  return Math.min(6, Math.max(1, n)) as 1 | 2 | 3 | 4 | 5 | 6;
}
