import { z } from 'zod';
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
  id,
  start: isoDate,
  end: isoDate.optional(),
  precision: z
    .enum(PRECISIONS, {
      error: (issue) => `"${String(issue.input)}" is not a precision (use ${PRECISIONS.join(', ')})`,
    })
    .optional()
    .meta({ description: 'How precisely the date is known; defaults to what `start` gives' }),
  approximate: z.boolean().optional().meta({ description: 'True when sources give only an approximate date or time' }),
  timeZone: timeZone.optional().meta({ description: "The place's IANA zone; defaults to the dataset's" }),
  dateNote: z.string().optional().meta({ description: 'Why the date is uncertain or differs between sources' }),
  title: nonEmptyText,
  summary: z.string().optional(),
  category: id.meta({ description: 'attack, strike, diplomacy, statement, context, or one the dataset declares' }),
  actors: idList.default([]).meta({ description: 'Ids of the acting actors' }),
  targets: idList.default([]).meta({ description: 'Ids of the actors acted upon' }),
  location: locationSchema.optional(),
  additionalLocations: z.array(locationSchema).optional(),
  casualties: z.array(casualtyReportSchema).default([]),
  disputes: z.array(disputeSchema).default([]),
  related: z.array(relationSchema).default([]),
  sources: idList.default([]),
  media: z.array(mediaSchema).default([]),
  confidence: z.enum(CONFIDENCE_LEVELS).optional(),
  confidenceNote: z.string().optional(),
  significance: z
    .number({ error: 'significance must be a number from 1 to 5' })
    .int({ error: 'significance must be a whole number from 1 to 5' })
    .min(1, { error: 'significance must be from 1 to 5' })
    .max(5, { error: 'significance must be from 1 to 5' })
    .default(3),
  tags: z.array(z.string()).default([]),
});

/** One thing that happened: an attack, a strike, a meeting, a statement. */
export const eventSchema = eventShape.superRefine(checkEventDates);

export type TimelineEvent = z.infer<typeof eventSchema>;
export type TimelineEventInput = z.input<typeof eventSchema>;
