/** Only web links: a `javascript:` or `data:` URL in a dataset must never become a link or a resource. */
export const HTTP_URL_PATTERN = /^https?:\/\/[^\s/?#]+[^\s]*$/i;

export function isHttpUrl(value: string): boolean {
  if (!HTTP_URL_PATTERN.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
