/** Partial overrides of a words object: any top-level text, and any entry of a keyed group of texts. */
export type WordOverrides<T> = {
  [K in keyof T]?: T[K] extends string ? string : Partial<T[K]>;
};

/**
 * A words object with overrides applied. Only text replaces text: anything else in the overrides (from a
 * CMS field, a query string) is ignored, so a bad override can never break rendering.
 */
export function mergeWords<T extends object>(base: T, overrides?: WordOverrides<T> | null): T {
  if (!overrides || typeof overrides !== 'object') return base;
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    if (!Object.prototype.hasOwnProperty.call(base, key)) continue;
    const current = (base as Record<string, unknown>)[key];
    if (typeof current === 'string') {
      if (typeof value === 'string') out[key] = value;
    } else if (current && typeof current === 'object' && value && typeof value === 'object') {
      const group: Record<string, string> = { ...(current as Record<string, string>) };
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (typeof v === 'string') group[k] = v;
      out[key] = group;
    }
  }
  return out as unknown as T;
}
