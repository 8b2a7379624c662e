/**
 * `Kataib Hezbollah` → `kataib-hezbollah`, `Kata'ib Ḥizballah` → `kataib-hizballah`: lower case ASCII letters and
 * digits joined by `-`, at most 60 characters. Returns "" when nothing is left (a name in Arabic script, say).
 */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’ʼ`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** FNV-1a over the UTF-16 code units, as 8 hex digits: a short, deterministic fingerprint of a text. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
