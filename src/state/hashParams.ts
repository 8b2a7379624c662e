/** The `key=value` parts of a URL hash (`#a=1&b=2`, with or without "#"); never throws. */
export function hashParts(hash: unknown): string[] {
  if (typeof hash !== 'string') return [];
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body === '' ? [] : body.split('&');
}

/** A percent-decoded hash key or value, or null when it is not valid percent-encoding. */
export function decodeHashPart(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
