// pym.js's wire format (nprapps/pym.js 1.x): strings `pym<D><childId><D><type><D><value>` with D = "xPYMx",
// e.g. "pymxPYMxgraphic-1xPYMxheightxPYMx812". Implemented here rather than bundling pym.Child (no release since
// 2018, and its Child would add a second set of listeners beside ours).
const DELIMITER = 'xPYMx';

/** A message for the pym.Parent that knows this frame as `childId`. */
export function pymMessage(childId: string, type: string, value: string | number): string {
  return ['pym', childId, type, String(value)].join(DELIMITER);
}

/**
 * A message from the parent addressed to `childId`, split into its type and value; null for anything else
 * (another child's message, another protocol, not a string). The type has no spaces, as pym's own regex wants.
 */
export function readPymMessage(childId: string, data: unknown): { type: string; value: string } | null {
  if (typeof data !== 'string') return null;
  const prefix = `pym${DELIMITER}${childId}${DELIMITER}`;
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  const end = rest.indexOf(DELIMITER);
  if (end <= 0) return null;
  const type = rest.slice(0, end);
  if (/\s/.test(type)) return null;
  return { type, value: rest.slice(end + DELIMITER.length) };
}

/** The id pym.Parent gave this frame (`childId` in the frame's query); null outside pym. */
export function pymChildId(params: URLSearchParams): string | null {
  const id = params.get('childId');
  return id ? id : null;
}
