import type { Dataset } from './dataset';
import type { DatasetIssue } from './DatasetIssue';
import { BUILT_IN_CATEGORIES } from './category';

interface IndexedEvent {
  event: Dataset['events'][number];
  /** Position in the input list, so issue paths point at what the editor wrote. */
  inputIndex: number;
}

/**
 * Checks that every id an event or count refers to exists. A reference that does not resolve is reported
 * and removed; the event itself is kept, because a typo in an actor id should not hide an attack.
 */
export function resolveReferences(
  dataset: Dataset,
  inputIndexes: { events: number[]; aggregates: number[]; corrections: number[] },
  issues: DatasetIssue[],
  /** Events left out by the size limit: links to them go without an issue each (the limit's issue covers them). */
  leftOutIds: ReadonlySet<string> = new Set(),
): Dataset {
  const actorIds = new Set(dataset.actors.map((a) => a.id));
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const eventIds = new Set(dataset.events.map((e) => e.id));
  const categoryIds = new Set<string>([...BUILT_IN_CATEGORIES, ...dataset.categories.map((c) => c.id)]);

  const keepKnown = (ids: string[], known: Set<string>, noun: string, path: string, eventId?: string) =>
    ids.filter((id, i) => {
      if (known.has(id)) return true;
      issues.push({
        path: `${path}[${i}]`,
        message: `${noun} "${id}" is not defined in the dataset's ${noun === 'source' ? 'sources' : `${noun}s`} (reference removed)`,
        ...(eventId !== undefined && { eventId }),
      });
      return false;
    });

  const indexed: IndexedEvent[] = dataset.events.map((event, i) => ({
    event,
    inputIndex: inputIndexes.events[i] ?? i,
  }));
  const events = indexed.map(({ event, inputIndex }) => {
    const at = `events[${inputIndex}]`;
    const id = event.id;
    if (!categoryIds.has(event.category)) {
      issues.push({
        path: `${at}.category`,
        message: `"${event.category}" is not a category (use ${BUILT_IN_CATEGORIES.join(', ')}, or declare it in categories)`,
        eventId: id,
      });
    }
    return {
      ...event,
      actors: keepKnown(event.actors, actorIds, 'actor', `${at}.actors`, id),
      targets: keepKnown(event.targets, actorIds, 'actor', `${at}.targets`, id),
      sources: keepKnown(event.sources, sourceIds, 'source', `${at}.sources`, id),
      casualties: event.casualties.map((report, r) => {
        const kept = {
          ...report,
          sources: keepKnown(report.sources, sourceIds, 'source', `${at}.casualties[${r}].sources`, id),
        };
        if (report.reportedByActor !== undefined && !actorIds.has(report.reportedByActor)) {
          issues.push({
            path: `${at}.casualties[${r}].reportedByActor`,
            message: `actor "${report.reportedByActor}" is not defined in the dataset's actors (reference removed)`,
            eventId: id,
          });
          delete kept.reportedByActor;
        }
        return kept;
      }),
      disputes: event.disputes.map((dispute, d) => ({
        ...dispute,
        claims: dispute.claims.map((claim, c) => ({
          ...claim,
          sources: keepKnown(claim.sources, sourceIds, 'source', `${at}.disputes[${d}].claims[${c}].sources`, id),
        })),
      })),
      related: event.related.filter((link, l) => {
        if (leftOutIds.has(link.id) && !eventIds.has(link.id)) return false;
        const problem =
          link.id === id
            ? 'links the event to itself'
            : eventIds.has(link.id)
              ? null
              : `points to "${link.id}", which is not an event in the dataset`;
        if (problem)
          issues.push({ path: `${at}.related[${l}].id`, message: `this link ${problem} (link removed)`, eventId: id });
        return problem === null;
      }),
    };
  });

  const aggregates = dataset.aggregates.map((aggregate, a) => ({
    ...aggregate,
    sources: keepKnown(
      aggregate.sources,
      sourceIds,
      'source',
      `aggregates[${inputIndexes.aggregates[a] ?? a}].sources`,
    ),
  }));

  const corrections = dataset.corrections.map((correction, c) => {
    if (correction.eventId === undefined || eventIds.has(correction.eventId)) return correction;
    if (!leftOutIds.has(correction.eventId))
      issues.push({
        path: `corrections[${inputIndexes.corrections[c] ?? c}].eventId`,
        message: `event "${correction.eventId}" is not in the dataset (reference removed)`,
      });
    const { eventId: _dangling, ...rest } = correction;
    return rest;
  });

  return { ...dataset, events, aggregates, corrections };
}
