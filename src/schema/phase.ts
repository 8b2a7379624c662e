import * as z from 'zod';
import { isoDate } from './isoDate';
import { id, nonEmptyText } from './primitives';
import { datePeriod } from './epoch';

/** A shaded period on the timeline: a wave of attacks, a truce. */
export const phaseSchema = z
  .object({
    id,
    title: nonEmptyText,
    start: isoDate,
    end: isoDate,
    description: z.string().optional(),
  })
  .superRefine((phase, ctx) => {
    const start = datePeriod(phase.start);
    const end = datePeriod(phase.end);
    if (start && end && end.end < start.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `end "${phase.end}" is before start "${phase.start}"` });
    }
  });

export type Phase = z.infer<typeof phaseSchema>;
