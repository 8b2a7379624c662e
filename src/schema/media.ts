import * as z from 'zod';
import { httpUrl, nonEmptyText } from './primitives';

/** A picture, video or document that goes with an event. Alt text is required: it is what a screen reader says. */
export const mediaSchema = z.object({
  url: httpUrl,
  kind: z.enum(['image', 'video', 'audio', 'document']).default('image'),
  alt: nonEmptyText.meta({ description: 'What the media shows, for readers who cannot see it' }),
  caption: z.string().optional(),
  credit: z.string().optional(),
  contentWarning: z
    .string()
    .optional()
    .meta({ description: 'Shown before graphic media, which stays hidden until asked for' }),
});

export type Media = z.infer<typeof mediaSchema>;
