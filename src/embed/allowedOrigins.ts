import { normaliseOrigins } from './datasetAddress';

/** `<meta name="flashpoint-allowed-origins" content="https://data.example.org https://cdn.example.org">` */
export const ALLOWED_ORIGINS_META = 'flashpoint-allowed-origins';

/**
 * The origins the page's deployer allows for every embed on it, from the meta element (space- or comma-separated);
 * undefined when the page has none. An empty content allows the page's own origin only.
 */
export function pageAllowedOrigins(document: Document | undefined): string[] | undefined {
  const meta = document?.querySelector?.(`meta[name="${ALLOWED_ORIGINS_META}"]`);
  if (!meta) return undefined;
  const content = meta.getAttribute('content') ?? '';
  return normaliseOrigins(content.split(/[\s,]+/).filter(Boolean));
}

/**
 * What one embed may fetch from: the page's list and the embed's own option each narrow it (an origin must be in
 * both when both are given); undefined when neither says anything (any http(s) origin).
 */
export function effectiveAllowedOrigins(
  option: readonly string[] | undefined,
  page: readonly string[] | undefined,
): readonly string[] | undefined {
  const own = Array.isArray(option) ? normaliseOrigins(option) : undefined;
  if (own === undefined) return page;
  if (page === undefined) return own;
  return own.filter((origin) => page.includes(origin));
}
