/** Why an address is refused before anything is fetched. */
export type AddressRefusal =
  { reason: 'schemeNotAllowed'; url: string } | { reason: 'originNotAllowed'; url: string; origin: string };

/**
 * Origins (`https://data.example.org`) from a list of addresses; anything that is not an http(s) address is left
 * out, so a typo narrows the list rather than opening it.
 */
export function normaliseOrigins(addresses: readonly unknown[]): string[] {
  const origins: string[] = [];
  for (const address of addresses) {
    if (typeof address !== 'string') continue;
    try {
      const url = new URL(address.trim());
      if (url.protocol === 'http:' || url.protocol === 'https:') origins.push(url.origin);
    } catch {
      // Not an absolute address: not an origin.
    }
  }
  return origins;
}

/**
 * Where `src` points, resolved against the page (`base`), or why it may not be fetched: only http(s), and when
 * `allowedOrigins` is given only the page's own origin or one of those. The origin is compared after resolving, so
 * `//elsewhere.example/x.json` is not mistaken for a same-origin address.
 */
export function checkDatasetAddress(
  src: string,
  base: string,
  allowedOrigins: readonly string[] | undefined,
): { url: URL } | AddressRefusal {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return { reason: 'schemeNotAllowed', url: src };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { reason: 'schemeNotAllowed', url: src };
  if (allowedOrigins === undefined) return { url };
  let own: string | null = null;
  try {
    own = new URL(base).origin;
  } catch {
    own = null;
  }
  if (url.origin === own || normaliseOrigins(allowedOrigins).includes(url.origin)) return { url };
  return { reason: 'originNotAllowed', url: src, origin: url.origin };
}
