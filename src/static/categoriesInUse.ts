import type { Dataset } from '../schema/dataset';
import { BUILT_IN_CATEGORIES } from '../schema/builtInCategories';
import type { Messages } from '../i18n/messages';

/**
 * The categories the events use, in the legend's order (built-in ones first, then the dataset's own, then the
 * rest), each with its name: the locale's word for a built-in one, else the dataset's label, else the id.
 */
export function categoriesInUse(dataset: Dataset, messages: Messages): { category: string; label: string }[] {
  const used = new Set(dataset.events.map((event) => event.category).filter(Boolean));
  const labels = new Map(dataset.categories.map((category) => [category.id, category.label]));
  const order = [...BUILT_IN_CATEGORIES, ...dataset.categories.map((category) => category.id), ...used];
  const words = messages.category as Record<string, string>;
  return [...new Set(order)]
    .filter((id) => used.has(id))
    .map((id) => ({
      category: id,
      label: (Object.prototype.hasOwnProperty.call(words, id) ? words[id] : '') || labels.get(id) || id,
    }));
}
