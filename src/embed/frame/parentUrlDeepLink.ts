import { readEventHash } from '../../state/eventHash';

/**
 * The event a reader's link points at, read from the host page's URL that pym.js passes as `parentUrl`
 * (`https://news.example/story#event=tower-22-drone-attack`); null when the URL names none.
 */
export function eventIdFromParentUrl(parentUrl: string | null): string | null {
  if (!parentUrl) return null;
  const hashAt = parentUrl.indexOf('#');
  return hashAt === -1 ? null : readEventHash(parentUrl.slice(hashAt));
}
