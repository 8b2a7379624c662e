/**
 * A short name derived from the input (FNV-1a, base 36): the same input always gives the same ids, so output is
 * deterministic, and two different pictures inlined in one page do not share an id.
 */
export function contentKey(...parts: unknown[]): string {
  const text = JSON.stringify(parts) ?? '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
