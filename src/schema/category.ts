import { z } from 'zod';
import { id, nonEmptyText } from './primitives';

/** The built-in categories; a dataset can declare more in `categories`. */
export const BUILT_IN_CATEGORIES = ['attack', 'strike', 'diplomacy', 'statement', 'context'] as const;
export type BuiltInCategory = (typeof BUILT_IN_CATEGORIES)[number];

/** A category a publication adds, with the label readers see. */
export const categoryDefinitionSchema = z.object({
  id,
  label: nonEmptyText,
  description: z.string().optional(),
});

export type CategoryDefinition = z.infer<typeof categoryDefinitionSchema>;
