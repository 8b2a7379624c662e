import * as z from 'zod';
import { isoDate } from './isoDate';
import { id, nonEmptyText } from './primitives';

/** A published correction, shown as "Correction, {date}: …" and emitted in JSON-LD. */
export const correctionSchema = z.object({
  date: isoDate,
  text: nonEmptyText,
  eventId: id.optional(),
});

export type Correction = z.infer<typeof correctionSchema>;
