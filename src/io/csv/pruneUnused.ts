import type { Dataset } from '../../schema/dataset';

/** Drops the actors and sources that only events left out referred to, so the dataset lists what it uses. */
export function pruneUnused(dataset: Dataset): Dataset {
  const actorIds = new Set<string>();
  const sourceIds = new Set<string>();
  for (const event of dataset.events) {
    for (const id of [...event.actors, ...event.targets]) actorIds.add(id);
    for (const id of event.sources) sourceIds.add(id);
    for (const report of event.casualties) {
      if (report.reportedByActor !== undefined) actorIds.add(report.reportedByActor);
      for (const id of report.sources) sourceIds.add(id);
    }
  }
  return {
    ...dataset,
    actors: dataset.actors.filter((actor) => actorIds.has(actor.id)),
    sources: dataset.sources.filter((source) => sourceIds.has(source.id)),
  };
}
