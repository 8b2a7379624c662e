import * as z from 'zod';
import { id } from './primitives';

/** How one event answers or leads to another. Retaliation links are recorded in both directions. */
export const RELATION_TYPES = [
  'retaliates_for',
  'retaliated_by',
  'responds_to',
  'prompted',
  'precedes',
  'follows',
  'same_day',
  'part_of_wave',
] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

export const relationSchema = z.object({
  type: z.enum(RELATION_TYPES, {
    error: (issue) => `"${String(issue.input)}" is not a link type (use one of ${RELATION_TYPES.join(', ')})`,
  }),
  id: id.meta({ description: 'The id of the other event' }),
  note: z.string().optional(),
});

export type Relation = z.infer<typeof relationSchema>;
