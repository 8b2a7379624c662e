// The hostile-input corpus (payloads.txt), for every test that sends it somewhere. Through Vite's `?raw` import, so
// the same code reads it in Node (the node and e2e projects) and in Chromium (the browser project).
import corpusText from './payloads.txt?raw';

export interface Payload {
  /** Index in the corpus: the number the sentinel reports when this payload runs. */
  id: number;
  /** Line of payloads.txt, for failure messages. */
  line: number;
  /** The payload with its SENTINEL() calls armed. */
  text: string;
}

/** The global every armed payload calls if it ever runs. */
export const SENTINEL_GLOBAL = '__fpXss';

const ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r' };

/** `\uXXXX`, `\t`, `\n`, `\r` as the characters; nothing else (CSS escapes such as `\3b` stay as written). */
function decodeEscapes(line: string): string {
  return line.replace(/\\u([0-9a-fA-F]{4})|\\([tnr])/g, (_, hex: string | undefined, letter: string | undefined) =>
    hex ? String.fromCharCode(parseInt(hex, 16)) : ESCAPES[letter!]!,
  );
}

/** The payloads of a corpus text: one a line, `#` comment lines and blank lines left out. */
export function parsePayloads(text: string): Payload[] {
  const payloads: Payload[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const id = payloads.length;
    payloads.push({
      id,
      line: index + 1,
      text: decodeEscapes(line).replaceAll('SENTINEL()', `${SENTINEL_GLOBAL}(${id})`),
    });
  });
  return payloads;
}

/** Every payload of test/xss/payloads.txt. */
export function loadPayloads(): Payload[] {
  return parsePayloads(corpusText);
}
