import { z } from 'zod';
import { httpUrl, id, nonEmptyText } from './primitives';
import { isoDate } from './isoDate';

export const SOURCE_KINDS = [
  'official',
  'official-media',
  'news',
  'wire',
  'analysis',
  'monitor',
  'reference',
  'transcript',
  'social',
  'other',
] as const;

/** Where a fact comes from: the original outlet, its headline and date; a URL only when it is the publisher's own. */
export const sourceSchema = z.object({
  id,
  outlet: nonEmptyText.meta({ description: 'The original publisher, e.g. "Reuters" or "US Central Command"' }),
  title: nonEmptyText.optional(),
  author: z.string().optional(),
  date: isoDate.optional(),
  url: httpUrl.optional(),
  kind: z.enum(SOURCE_KINDS).optional(),
  language: z.string().optional(),
  note: z.string().optional(),
});

export type Source = z.infer<typeof sourceSchema>;
