/** `#event=<id>` deep links, alongside whatever else the host page keeps in its hash. */
const KEY = 'event';

function parts(hash: string): string[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body === '' ? [] : body.split('&');
}

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** The event id in a URL hash such as `#event=tower-22` or `#lang=ar&event=a%3Ab`; null when there is none. */
export function readEventHash(hash: string): string | null {
  for (const part of parts(hash)) {
    const eq = part.indexOf('=');
    if (eq === -1 || decode(part.slice(0, eq)) !== KEY) continue;
    const id = decode(part.slice(eq + 1));
    if (id) return id;
  }
  return null;
}

/**
 * The hash with `event=<id>` set (replacing any earlier one, in its place) or removed for null; other
 * parts are kept as they were. Returns "#…", or "" when nothing is left.
 */
export function writeEventHash(hash: string, id: string | null): string {
  let value: string | null = null;
  try {
    // Ids are URL-safe by the schema; ":" stays readable, anything else is escaped.
    if (id !== null) value = `${KEY}=${encodeURIComponent(id).replace(/%3A/gi, ':')}`;
  } catch {
    return hash; // a lone surrogate cannot be encoded: leave the hash as it was
  }
  const out: string[] = [];
  let written = false;
  for (const part of parts(hash)) {
    const eq = part.indexOf('=');
    if (eq !== -1 && decode(part.slice(0, eq)) === KEY) {
      if (value !== null && !written) out.push(value);
      written = true;
      continue;
    }
    if (part !== '') out.push(part);
  }
  if (value !== null && !written) out.push(value);
  return out.length ? `#${out.join('&')}` : '';
}
