import { JSDOM } from 'jsdom';

const { window } = new JSDOM('');

/** An SVG or XML string parsed strictly as XML (jsdom's parser): throws with the parser's message when not well-formed. */
export function parseXml(text: string): Document {
  const document = new window.DOMParser().parseFromString(text, 'image/svg+xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return document;
}

/** An HTML document as a browser would parse it (no scripts run). */
export function parseHtml(text: string): Document {
  return new window.DOMParser().parseFromString(text, 'text/html');
}

/** The text of the SVG's `<style>`, decoded. */
export function styleText(document: Document): string {
  return [...document.getElementsByTagName('style')].map((style) => style.textContent ?? '').join('\n');
}

/** Every event id the picture draws: a mark's `data-event-id` or one of a cluster's `data-event-ids`. */
export function drawnEventIds(document: Document): Set<string> {
  const ids = new Set<string>();
  for (const mark of document.querySelectorAll('.fp-mark[data-event-id]')) ids.add(mark.getAttribute('data-event-id')!);
  for (const cluster of document.querySelectorAll('.fp-cluster[data-event-ids]')) {
    for (const id of cluster.getAttribute('data-event-ids')!.split(' ')) ids.add(id);
  }
  return ids;
}
