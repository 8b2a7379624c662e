// WordPress's embed protocol (wp-includes/js/wp-embed.js on the host page, wp-embed-template.js in the frame):
// the host puts `#?secret=<10 letters or digits>` on the frame's URL (and in `data-secret`), sends
// `{ message: 'ready', secret }` once it listens, and resizes the iframe whose secret and window match a
// `{ message: 'height', value, secret }` message (clamped to 200–1000 px). A host that sets the hash while the
// frame is still loading can lose it to a race in the browser; its `ready` message then brings the secret.

export interface WordpressHeight {
  message: 'height';
  value: number;
  secret: string;
}

/** The secret in a frame URL's hash (`#?secret=abc123XYZ0`); null when there is none or it is malformed. */
export function wordpressSecret(hash: string): string | null {
  const match = /[#?&]secret=([A-Za-z0-9]+)(?:&|$)/.exec(hash);
  return match?.[1] ?? null;
}

export function wordpressHeight(height: number, secret: string): WordpressHeight {
  return { message: 'height', value: height, secret };
}

/** The secret in the host's `{ message: 'ready', secret }`; null for any other message. */
export function wordpressReadySecret(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const { message, secret } = data as { message?: unknown; secret?: unknown };
  return message === 'ready' && typeof secret === 'string' && /^[A-Za-z0-9]+$/.test(secret) ? secret : null;
}
