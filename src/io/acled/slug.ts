/** "Military Forces of Syria (2000-2024)" → "military-forces-of-syria-2000-2024": usable as a Flashpoint id. */
export function slugify(text: string, maxLength = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

/** Hands out one id per distinct name (ignoring case and spacing), adding -2, -3 … when two names give the same slug. */
export function createIdAllocator(fallback: string) {
  const byName = new Map<string, string>();
  const taken = new Set<string>();
  return (name: string): { id: string; isNew: boolean } => {
    const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
    const known = byName.get(key);
    if (known !== undefined) return { id: known, isNew: false };
    const base = slugify(name) || fallback;
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    byName.set(key, id);
    taken.add(id);
    return { id, isNew: true };
  };
}
