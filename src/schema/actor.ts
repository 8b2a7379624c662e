import { z } from 'zod';
import { id, nonEmptyText } from './primitives';

export const ACTOR_KINDS = [
  'state',
  'government',
  'military',
  'armed-group',
  'coalition',
  'organisation',
  'person',
  'civilians',
  'other',
] as const;

/** Someone who acts or is acted upon. Events refer to actors by id. */
export const actorSchema = z.object({
  id,
  name: nonEmptyText,
  shortName: z.string().optional().meta({ description: 'Used in lane labels and tight spaces' }),
  kind: z.enum(ACTOR_KINDS).optional(),
  country: z.string().optional(),
  aliases: z.array(z.string()).optional(),
  description: z.string().optional(),
});

export type Actor = z.infer<typeof actorSchema>;
