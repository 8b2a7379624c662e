import { contentHeight } from './contentHeight';
import { heightMessages } from './heightMessages';
import { isHeightChange } from './heightChange';
import { observeHeight } from './observeHeight';
import { readPymMessage } from './pymProtocol';
import { wordpressReadySecret, wordpressSecret } from './wordpressHeight';

/**
 * Tells the host page the frame's height, in every dialect it may speak (pym.js, AMP, WordPress): at once, on
 * each change of the content's height (a wobble of a pixel is not a change), and whenever the host asks (pym's
 * `width` message, WordPress's `ready`). Returns the function that stops. Does nothing outside a frame.
 */
export function reportHeight(win: Window, body: HTMLElement, pymChildId: string | null): () => void {
  if (win.parent === win) return () => {};
  // WordPress may add the secret after the frame loaded (wp-embed.js appends `#?secret=` to the src), or bring it in
  // its `ready` message.
  let secret = wordpressSecret(win.location.hash);
  let last: number | null = null;

  const post = (height: number, asked: boolean) => {
    // Nothing drawn yet: a height of 0 would only collapse the iframe before the graphic arrives.
    if (height <= 0 || (!asked && !isHeightChange(last, height))) return;
    last = height;
    for (const message of heightMessages(height, { pymChildId, wordpressSecret: secret })) {
      win.parent.postMessage(message, '*');
    }
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent) return;
    const pym = pymChildId === null ? null : readPymMessage(pymChildId, event.data);
    if (pym?.type === 'width') return post(contentHeight(body), true);
    // WordPress's `ready`: for the secret in our URL, or, when the URL has none, the host's (see wordpressHeight.ts).
    const ready = wordpressReadySecret(event.data);
    if (ready === null || (secret !== null && ready !== secret)) return;
    secret = ready;
    post(contentHeight(body), true);
  };
  const onHashChange = () => {
    if (secret !== null) return;
    secret = wordpressSecret(win.location.hash);
    if (secret !== null) post(contentHeight(body), true);
  };

  win.addEventListener('message', onMessage);
  win.addEventListener('hashchange', onHashChange);
  post(contentHeight(body), true);
  const stopObserving = observeHeight(body, (height) => post(height, false));
  return () => {
    stopObserving();
    win.removeEventListener('message', onMessage);
    win.removeEventListener('hashchange', onHashChange);
  };
}
