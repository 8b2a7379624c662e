import { ID_PATTERN } from '../../schema/primitives';

/** `"Group 1 – Interview (São Paulo)"` → `"group-1-interview-sao-paulo"`; at most `max` characters, cut at a dash. */
export function slugify(text: string, max = 48): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > max / 2 ? cut.slice(0, dash) : slug.slice(0, max)).replace(/-+$/, '');
}

/**
 * A `unique_id` made usable as an id (letters, digits, `-`, `_`, `.`, `:`, starting with a letter or digit):
 * other characters become `-`. Empty when nothing usable is left.
 */
export function sanitizeId(raw: string): string {
  const trimmed = raw.trim();
  if (ID_PATTERN.test(trimmed)) return trimmed;
  return trimmed
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_.:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '');
}

/** Hands out ids that are unique within one list: `base`, then `base-2`, `base-3`… in the order asked. */
export class IdRegistry {
  private readonly used = new Set<string>();

  has(id: string): boolean {
    return this.used.has(id);
  }

  /** Takes `base` if free, else the first free `base-N` (N ≥ 2). */
  claim(base: string): string {
    let id = base;
    for (let n = 2; this.used.has(id); n += 1) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
