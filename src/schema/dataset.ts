import * as z from 'zod';
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
  title: nonEmptyText.meta({
    description: 'The headline of the timeline',
    examples: ['Attacks on US forces in Iraq and Syria, Oct 2023 – Feb 2024'],
  }),
  description: z.string().optional().meta({ description: 'What the timeline covers and how it was compiled' }),
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
  categories: z
    .array(categoryDefinitionSchema)
    .default([])
    .meta({ description: 'Categories beyond the built-in attack, strike, diplomacy, statement, context' }),
  actors: z
    .array(actorSchema)
    .default([])
    .meta({ description: 'Everyone who acts or is acted upon; events refer to them by id' }),
  phases: z.array(phaseSchema).default([]).meta({ description: 'Periods shaded on the timeline' }),
  sources: z
    .array(sourceSchema)
    .default([])
    .meta({ description: 'Every source cited; events, figures and counts refer to them by id' }),
  events: z.array(eventSchema, { error: 'events must be a list' }).meta({ description: 'What happened, in any order' }),
  aggregates: z
    .array(aggregateSchema)
    .default([])
    .meta({ description: 'Published running counts ("at least 40 attacks"), one series per counter' }),
  corrections: z
    .array(correctionSchema)
    .default([])
    .meta({ description: 'Published corrections, shown with their date' }),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
