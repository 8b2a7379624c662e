import { z } from 'zod';
import { actorSchema } from './actor';
import { aggregateSchema } from './aggregate';
import { categoryDefinitionSchema } from './category';
import { correctionSchema } from './correction';
import { eventSchema } from './event';
import { isoDate } from './isoDate';
import { phaseSchema } from './phase';
import { nonEmptyText, timeZone } from './primitives';
import { sourceSchema } from './source';

/** The top-level fields of a dataset, apart from its lists. */
export const datasetMetaShape = {
  title: nonEmptyText,
  description: z.string().optional(),
  updated: isoDate.optional().meta({ description: 'When the dataset was last changed' }),
  credit: z
    .string()
    .optional()
    .meta({ description: 'Credit line, e.g. "Graphic: A. Editor. Sources: Reuters, CENTCOM"' }),
  language: z.string().optional().meta({ description: 'BCP 47 language of the texts, e.g. "en"' }),
  timeZone: timeZone.default('UTC').meta({ description: 'Default IANA zone for events that name none' }),
};

/** A whole timeline: events and everything they refer to. */
export const datasetSchema = z.object({
  ...datasetMetaShape,
  categories: z.array(categoryDefinitionSchema).default([]),
  actors: z.array(actorSchema).default([]),
  phases: z.array(phaseSchema).default([]),
  sources: z.array(sourceSchema).default([]),
  events: z.array(eventSchema, { error: 'events must be a list' }),
  aggregates: z.array(aggregateSchema).default([]),
  corrections: z.array(correctionSchema).default([]),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
