import * as z from 'zod';
import { id, nonEmptyText } from './primitives';

export { BUILT_IN_CATEGORIES, type BuiltInCategory } from './builtInCategories';

/** A category a publication adds, with the label readers see. */
export const categoryDefinitionSchema = z.object({
  id,
  label: nonEmptyText,
  description: z.string().optional(),
});

export type CategoryDefinition = z.infer<typeof categoryDefinitionSchema>;
