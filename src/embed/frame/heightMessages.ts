import { ampEmbedSize } from './ampEmbedSize';
import { pymMessage } from './pymProtocol';
import { wordpressHeight } from './wordpressHeight';

export interface HeightDialects {
  /** pym.js's child id (from `childId` in the query); no pym message without it. */
  pymChildId: string | null;
  /** WordPress's secret (from `#?secret=` in the URL); no WordPress message without it. */
  wordpressSecret: string | null;
}

/**
 * Every message that tells a host page this frame's height: pym.js's string when a pym.Parent named the frame,
 * WordPress's object when the host gave a secret, and AMP's `embed-size` always (other hosts ignore it).
 */
export function heightMessages(height: number, dialects: HeightDialects): unknown[] {
  const messages: unknown[] = [];
  if (dialects.pymChildId !== null) messages.push(pymMessage(dialects.pymChildId, 'height', height));
  messages.push(ampEmbedSize(height));
  if (dialects.wordpressSecret !== null) messages.push(wordpressHeight(height, dialects.wordpressSecret));
  return messages;
}
