import * as z from 'zod';
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
  id: id.meta({ description: 'Stable id that events cite', examples: ['centcom-2024-02-02'] }),
  outlet: nonEmptyText.meta({ description: 'The original publisher, e.g. "Reuters" or "US Central Command"' }),
  title: nonEmptyText.optional().meta({ description: 'The headline or document title as published' }),
  author: z.string().optional().meta({ description: 'Byline' }),
  date: isoDate.optional().meta({ description: 'Publication date', examples: ['2024-02-02'] }),
  url: httpUrl
    .optional()
    .meta({ description: "The original publisher's URL (http or https only); leave out for reposts" }),
  kind: z.enum(SOURCE_KINDS).optional().meta({ description: 'What kind of source it is' }),
  language: z
    .string()
    .optional()
    .meta({ description: 'BCP 47 language of the source', examples: ['ar'] }),
  note: z.string().optional().meta({ description: 'Anything a reader should know: a repost, a translation' }),
});

export type Source = z.infer<typeof sourceSchema>;
