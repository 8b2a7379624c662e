/** The built-in categories; a dataset can declare more in `categories`. */
export const BUILT_IN_CATEGORIES = ['attack', 'strike', 'diplomacy', 'statement', 'context'] as const;
export type BuiltInCategory = (typeof BUILT_IN_CATEGORIES)[number];
