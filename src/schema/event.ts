import * as z from 'zod';
import { casualtyReportSchema } from './casualtyReport';
import { disputeSchema } from './dispute';
import { isoDate } from './isoDate';
import { locationSchema } from './location';
import { mediaSchema } from './media';
import { id, idList, nonEmptyText, timeZone } from './primitives';
import { relationSchema } from './relation';
import { checkEventDates } from './checkEventDates';

export const PRECISIONS = ['year', 'month', 'day', 'hour', 'minute'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;

const eventShape = z.object({
  id: id.meta({
    description: 'Stable id, used in links and #event=<id>; never reuse one',
    examples: ['tower-22-drone-attack'],
  }),
  start: isoDate.meta({
    description: 'When it happened: a date, or a date-time with the UTC offset of the place',
    examples: ['2024-01-28', '2023-12-26T04:45:00+03:00'],
  }),
  end: isoDate.optional().meta({ description: 'For events that lasted: when they ended', examples: ['2023-12-01'] }),
  precision: z
    .enum(PRECISIONS, {
      error: (issue) => `"${String(issue.input)}" is not a precision (use ${PRECISIONS.join(', ')})`,
    })
    .optional()
    .meta({ description: 'How precisely the date is known; defaults to what `start` gives' }),
  approximate: z.boolean().optional().meta({ description: 'True when sources give only an approximate date or time' }),
  timeZone: timeZone.optional().meta({ description: "The place's IANA zone; defaults to the dataset's" }),
  addedAt: isoDate.optional().meta({
    description: 'When this event was first published in the dataset (a live story); `highlightSince` compares it',
    examples: ['2024-01-28T18:00:00Z'],
  }),
  dateNote: z.string().optional().meta({ description: 'Why the date is uncertain or differs between sources' }),
  title: nonEmptyText.meta({
    description: 'A short neutral headline',
    examples: ['Drone strike on Tower 22 in Jordan kills three US soldiers'],
  }),
  summary: z.string().optional().meta({ description: 'One to three sentences of plain text (no HTML)' }),
  category: id.meta({ description: 'attack, strike, diplomacy, statement, context, or one the dataset declares' }),
  actors: idList.default([]).meta({ description: 'Ids of the acting actors' }),
  targets: idList.default([]).meta({ description: 'Ids of the actors acted upon' }),
  location: locationSchema.optional().meta({ description: 'Where it happened' }),
  additionalLocations: z
    .array(locationSchema)
    .optional()
    .meta({ description: 'Other places, for strikes on several sites' }),
  casualties: z.array(casualtyReportSchema).default([]).meta({
    description: 'Each account of the toll, with who gives it and its status; competing accounts side by side',
  }),
  disputes: z
    .array(disputeSchema)
    .default([])
    .meta({ description: 'Facts that sources disagree on (place, date, toll, who did it), with each claim' }),
  related: z
    .array(relationSchema)
    .default([])
    .meta({
      description: 'Links to other events: what this answers or what answered it',
      examples: [[{ type: 'retaliates_for', id: 'tower-22-drone-attack' }]],
    }),
  sources: idList.default([]).meta({ description: 'Ids of the dataset sources that report this event' }),
  media: z
    .array(mediaSchema)
    .default([])
    .meta({ description: 'Pictures, video or documents, with alt text and credit' }),
  confidence: z.enum(CONFIDENCE_LEVELS).optional().meta({ description: 'How well established the event is overall' }),
  confidenceNote: z.string().optional().meta({ description: 'Why: what rests on one source, what is contested' }),
  significance: z
    .number({ error: 'significance must be a number from 1 to 5' })
    .int({ error: 'significance must be a whole number from 1 to 5' })
    .min(1, { error: 'significance must be from 1 to 5' })
    .max(5, { error: 'significance must be from 1 to 5' })
    .default(3)
    .meta({ description: 'Importance from 1 (minor) to 5 (major): decides whose label shows when space is short' }),
  tags: z.array(z.string()).default([]).meta({ description: 'Free keywords for filtering' }),
});

/** One thing that happened: an attack, a strike, a meeting, a statement. */
export const eventSchema = eventShape.superRefine(checkEventDates);

export type TimelineEvent = z.infer<typeof eventSchema>;
export type TimelineEventInput = z.input<typeof eventSchema>;
