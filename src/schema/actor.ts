import * as z from 'zod';
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
  id: id.meta({ description: 'Stable id that events refer to', examples: ['kataib-hezbollah'] }),
  name: nonEmptyText.meta({ description: 'Full name', examples: ['Kataib Hezbollah'] }),
  shortName: z.string().optional().meta({ description: 'Used in lane labels and tight spaces' }),
  kind: z.enum(ACTOR_KINDS).optional().meta({ description: 'What kind of actor' }),
  country: z.string().optional().meta({ description: 'Country the actor belongs to' }),
  aliases: z.array(z.string()).optional().meta({ description: 'Other names, for search' }),
  description: z.string().optional().meta({ description: 'One sentence on who they are' }),
});

export type Actor = z.infer<typeof actorSchema>;
