import * as z from 'zod';
import { latitude, longitude, nonEmptyText } from './primitives';

/** Where an event happened. Coordinates are optional: a place that cannot be located still has a name. */
export const locationSchema = z
  .object({
    name: nonEmptyText,
    country: z.string().optional(),
    lat: latitude.optional(),
    lon: longitude.optional(),
    approximate: z.boolean().optional().meta({ description: 'True when the coordinates are only near the place' }),
  })
  .refine((place) => (place.lat === undefined) === (place.lon === undefined), {
    error: 'give both lat and lon, or neither',
  });

export type Location = z.infer<typeof locationSchema>;
