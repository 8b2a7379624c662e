import { Parser } from 'htmlparser2';

/**
 * Elements whose content is never text for a reader: code, styles, embedded documents, fallbacks and
 * raw-text elements whose content the parser hands over unparsed (`<textarea><b>` would come out as markup).
 */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'applet',
  'noembed',
  'noframes',
  'head',
  'title',
  'textarea',
  'xmp',
  'svg',
  'math',
  'audio',
  'video',
  'canvas',
]);

/** Elements that start and end a paragraph: a blank line between them and their neighbours. */
const PARAGRAPHS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'dl',
  'table',
  'figure',
  'hr',
  'address',
]);

/** Elements that start and end a line. */
const LINES = new Set([
  'div',
  'li',
  'dt',
  'dd',
  'tr',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'nav',
  'main',
  'details',
  'summary',
  'figcaption',
  'caption',
  'center',
  'fieldset',
  'legend',
  'form',
  'option',
]);

/** Table cells: a space between neighbours. */
const CELLS = new Set(['td', 'th']);

/** HTML collapses only ASCII whitespace; a no-break space stays what it is. */
const ASCII_SPACE = /[\t\n\f\r ]+/g;

/** What follows a `<` that a browser would take as the start of a tag, a closing tag, a comment or a declaration. */
const TAG_START_NEXT = /[A-Za-z/!?]/;

function isDecodedEntity(chunk: string, html: string, start: number, end: number): boolean {
  return html.charAt(start) === '&' && [...chunk].length === 1 && html.slice(start, end + 1) !== chunk;
}

/**
 * Removes the raw `<` (at `positions`, in increasing order) that the parser left as text but that would start
 * a tag (`</>`, or a `<` cut off at the end of the input). Right to left, so `<<b` loses both.
 */
function dropTagStarts(text: string, positions: number[]): string {
  let result = text;
  for (let k = positions.length - 1; k >= 0; k -= 1) {
    const at = positions[k]!;
    if (TAG_START_NEXT.test(result.charAt(at + 1))) result = result.slice(0, at) + result.slice(at + 1);
  }
  return result;
}

/**
 * The text of an HTML fragment, for fields that TimelineJS and similar tools fill with HTML.
 *
 * - Tags, comments, declarations and every attribute (so `onerror`, `style`, `href="javascript:…"`) are dropped.
 * - The content of `<script>`, `<style>`, `<noscript>`, `<template>`, `<iframe>`, `<object>` (and other
 *   non-text elements: `<embed>`, `<svg>`, `<title>`, `<textarea>`, …) is dropped entirely.
 * - Paragraph-level elements (`<p>`, headings, `<blockquote>`, lists, tables) are separated by a blank line
 *   (`\n\n`); line-level elements (`<br>`, `<div>`, `<li>`, `<tr>`, …) by one newline; table cells by a space.
 *   Runs of spaces, tabs and newlines in the source collapse to one space, as a browser shows them; lines are
 *   trimmed, there is never more than one blank line in a row, and the result is trimmed.
 * - Entities are decoded: `&amp;` → `&`, and `&lt;script&gt;` → the seven characters `<script>`.
 *
 * The result is **plain text, to be rendered as text** (a React text node, `textContent`, or escaped): text that
 * came from entities can contain `<` and `>`, and it is never markup unless someone puts it into HTML unescaped.
 * A raw `<` that the parser left in the text but a browser would read as a tag start (as in `</>`) is dropped,
 * so a `<` followed by a letter, `/`, `!` or `?` in the result always comes from an entity.
 * Never throws: anything but a string gives `''`.
 */
export function htmlToText(html: string): string {
  if (typeof html !== 'string' || html === '') return '';
  try {
    return convert(html);
  } catch {
    return '';
  }
}

function convert(html: string): string {
  let out = '';
  let pendingBreak = 0;
  let pendingSpace = false;
  let dropDepth = 0;
  const rawLessThan: number[] = [];

  const lineBreak = (count: number) => {
    pendingBreak = Math.max(pendingBreak, count);
    pendingSpace = false;
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (DROPPED.has(name)) dropDepth += 1;
        else if (name === 'br') {
          // <br><br> is an empty line; a <br> next to a paragraph edge adds nothing.
          if (out !== '') pendingBreak = Math.min(2, pendingBreak + 1);
          pendingSpace = false;
        } else if (PARAGRAPHS.has(name)) lineBreak(2);
        else if (LINES.has(name)) lineBreak(1);
        else if (CELLS.has(name)) pendingSpace = true;
      },
      onclosetag(name) {
        if (DROPPED.has(name)) dropDepth = Math.max(0, dropDepth - 1);
        else if (PARAGRAPHS.has(name)) lineBreak(2);
        else if (LINES.has(name)) lineBreak(1);
        else if (CELLS.has(name)) pendingSpace = true;
      },
      ontext(chunk) {
        if (dropDepth > 0) return;
        const collapsed = chunk.replace(ASCII_SPACE, ' ');
        const body = collapsed.replace(/^ | $/g, '');
        if (collapsed.startsWith(' ') && pendingBreak === 0 && out !== '') pendingSpace = true;
        if (body === '') return;
        if (out !== '') out += pendingBreak > 0 ? '\n'.repeat(pendingBreak) : pendingSpace ? ' ' : '';
        // A decoded entity arrives alone, as one character whose source starts with `&` (`&lt;` → `<`). Remember
        // where every other `<` is, to drop those a browser would read as the start of a tag.
        if (!isDecodedEntity(chunk, html, parser.startIndex, parser.endIndex)) {
          for (let i = body.indexOf('<'); i !== -1; i = body.indexOf('<', i + 1)) rawLessThan.push(out.length + i);
        }
        out += body;
        pendingBreak = 0;
        pendingSpace = collapsed.endsWith(' ');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return dropTagStarts(out, rawLessThan).trim();
}
