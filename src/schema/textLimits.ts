import type { DatasetIssue } from './DatasetIssue';
import { shortenText } from './graphemes';

/** A title is a headline: 300 characters is four times the longest in the example dataset. */
export const MAX_TITLE_LENGTH = 300;
/** Any other text of an event (summary, notes, names, captions): about 1,500 words. */
export const MAX_TEXT_LENGTH = 10_000;

/** Web addresses are never cut: a shortened one would be a broken link that still looks like a link. */
const NEVER_CUT = new Set(['url']);
/** Events are a few levels deep (disputes[].claims[].value); deeper is not the schema and zod reports it. */
const MAX_DEPTH = 4;

const count = (n: number) => n.toLocaleString('en');

/**
 * The event with every text longer than its limit shortened (whole characters, ending in "…") and an issue
 * for each: the event is kept, and a million-character title cannot freeze the page that draws it. Returns
 * the input itself when nothing is too long (the usual case costs one length check per string).
 */
export function capEventText(raw: unknown, path: string, issues: DatasetIssue[], eventId?: string): unknown {
  return capIn(raw, path, 0, issues, eventId);
}

/** Where a value is, built into a path string only for an issue (one string per value would cost more). */
interface PathNode {
  parent: PathNode | string;
  key: string | number;
}

function pathText(node: PathNode | string): string {
  if (typeof node === 'string') return node;
  const parent = pathText(node.parent);
  return typeof node.key === 'number' ? `${parent}[${node.key}]` : `${parent}.${node.key}`;
}

function capIn(
  value: unknown,
  at: PathNode | string,
  depth: number,
  issues: DatasetIssue[],
  eventId?: string,
): unknown {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return value;
  const source = value as Record<string | number, unknown>;
  const isList = Array.isArray(value);
  // Object.keys and a plain loop: this runs on every event of a 100,000-event dataset.
  const keys: (string | number)[] = isList ? [] : Object.keys(source);
  const length = isList ? (value as unknown[]).length : keys.length;
  let copy: Record<string | number, unknown> | null = null;
  for (let i = 0; i < length; i++) {
    const key = isList ? i : keys[i]!;
    const item = source[key];
    let next = item;
    if (typeof item === 'string') {
      const max = key === 'title' && depth === 0 ? MAX_TITLE_LENGTH : MAX_TEXT_LENGTH;
      if (item.length > max && !NEVER_CUT.has(String(key))) {
        next = capString(item, key, max, pathText({ parent: at, key }), issues, eventId);
      }
    } else if (item !== null && typeof item === 'object') {
      next = capIn(item, { parent: at, key }, depth + 1, issues, eventId);
    }
    if (next === item) continue;
    copy ??= (isList ? [...(value as unknown[])] : { ...source }) as Record<string | number, unknown>;
    copy[key] = next;
  }
  return copy ?? value;
}

function capString(
  text: string,
  key: string | number,
  max: number,
  at: string,
  issues: DatasetIssue[],
  eventId?: string,
): string {
  const shortened = shortenText(text, max);
  if (shortened !== text) {
    issues.push({
      path: at,
      message: `${typeof key === 'number' ? 'this text' : key} is ${count(text.length)} characters long; it was shortened to the first ${count(max)}${
        max === MAX_TITLE_LENGTH ? ' (a title is a headline: put the rest in summary)' : ''
      }`,
      ...(eventId !== undefined && { eventId }),
    });
  }
  return shortened;
}
