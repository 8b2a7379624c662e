import { actorSchema } from './actor';
import { aggregateSchema } from './aggregate';
import { categoryDefinitionSchema } from './category';
import { correctionSchema } from './correction';
import { datasetMetaShape, type Dataset } from './dataset';
import type { DatasetIssue } from './DatasetIssue';
import { eventSchema } from './event';
import { takeEventsWithinLimit } from './eventLimit';
import { reportCausalCycles } from './findCausalCycles';
import { parseList } from './parseList';
import { readJsonRoot } from './readJsonRoot';
import { phaseSchema } from './phase';
import { prepareEvent } from './prepareEvent';
import { resolveReferences } from './resolveReferences';
import { sourceSchema } from './source';
import { zodIssueToDatasetIssue } from './zodIssueToDatasetIssue';

export interface SafeParseResult {
  dataset: Dataset;
  issues: DatasetIssue[];
}

const FALLBACK_TITLE = 'Untitled timeline';

function toRecord(input: unknown, issues: DatasetIssue[]): Record<string, unknown> | null {
  return readJsonRoot(
    input,
    issues,
    (value) =>
      `a dataset must be an object with "title" and "events", got ${Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value}`,
  );
}

function parseMeta(raw: Record<string, unknown>, issues: DatasetIssue[]) {
  const meta: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(datasetMetaShape)) {
    const result = schema.safeParse(raw[key], { reportInput: true });
    if (result.success) {
      if (result.data !== undefined) meta[key] = result.data;
      continue;
    }
    for (const issue of result.error.issues) issues.push(zodIssueToDatasetIssue(issue, [key]));
  }
  meta.title ??= FALLBACK_TITLE;
  meta.timeZone ??= 'UTC';
  return meta as Pick<Dataset, keyof typeof datasetMetaShape>;
}

/**
 * Lenient parsing: never throws, keeps every valid event and item, drops only invalid ones,
 * and says why for each, with its path. References that do not resolve are removed and reported.
 * Parts of an event that can go without it (bad coordinates, over-long text) are repaired instead (prepareEvent).
 * At most MAX_EVENTS events are read; the rest are named in one issue (docs/limits.md).
 */
export function safeParseDataset(input: unknown): SafeParseResult {
  const issues: DatasetIssue[] = [];
  const raw = toRecord(input, issues);
  if (!raw) return { dataset: emptyDataset(), issues };
  if (raw.events === undefined)
    issues.push({ path: 'events', message: 'events is missing (a dataset needs a list of events)' });

  const withinLimit = takeEventsWithinLimit(raw.events, issues);
  const list = <T>(key: string, schema: Parameters<typeof parseList>[1], noun: string) =>
    parseList(
      key === 'events' ? withinLimit.events : raw[key],
      schema,
      key,
      issues,
      key === 'events' ? { noun, tagEventIds: true, prepare: prepareEvent } : { noun },
    ) as {
      items: T[];
      inputIndexes: number[];
    };

  const categories = list<Dataset['categories'][number]>('categories', categoryDefinitionSchema, 'category');
  const actors = list<Dataset['actors'][number]>('actors', actorSchema, 'actor');
  const phases = list<Dataset['phases'][number]>('phases', phaseSchema, 'phase');
  const sources = list<Dataset['sources'][number]>('sources', sourceSchema, 'source');
  const events = list<Dataset['events'][number]>('events', eventSchema, 'event');
  const aggregates = list<Dataset['aggregates'][number]>('aggregates', aggregateSchema, 'count');
  const corrections = list<Dataset['corrections'][number]>('corrections', correctionSchema, 'correction');

  const dataset: Dataset = {
    ...parseMeta(raw, issues),
    categories: categories.items,
    actors: actors.items,
    phases: phases.items,
    sources: sources.items,
    events: events.items,
    aggregates: aggregates.items,
    corrections: corrections.items,
  };
  const resolved = resolveReferences(
    dataset,
    { events: events.inputIndexes, aggregates: aggregates.inputIndexes, corrections: corrections.inputIndexes },
    issues,
    withinLimit.leftOutIds,
  );
  reportCausalCycles(resolved.events, events.inputIndexes, issues);
  return { dataset: resolved, issues };
}

/** A dataset with nothing in it, for when the input is not a dataset at all. */
export function emptyDataset(title = FALLBACK_TITLE): Dataset {
  return {
    title,
    timeZone: 'UTC',
    categories: [],
    actors: [],
    phases: [],
    sources: [],
    events: [],
    aggregates: [],
    corrections: [],
  };
}
