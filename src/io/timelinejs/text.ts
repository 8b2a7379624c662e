import { htmlToText } from '../htmlToText';

/** Escapes text for HTML content or a quoted attribute: `&`, `<`, `>`, `"` and `'`. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Plain text as HTML that `htmlToText` reads back to the same text: escaped, blank lines as paragraphs
 * (`<p>…</p>`, only when there are several), other line breaks as `<br>`.
 */
export function textToHtml(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[\t\f ]*\n[\t\n\f ]*/)
    .map((paragraph) => paragraph.split('\n').map(escapeHtml).join('<br>'))
    .filter((paragraph) => paragraph.replace(/[\t\f ]+/g, '') !== '');
  if (paragraphs.length <= 1) return paragraphs[0] ?? '';
  return paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('');
}

/** HTML to one line of text, for titles, names and alt text. */
export function htmlToLine(html: string | undefined): string {
  return html === undefined ? '' : htmlToText(html).replace(/\s*\n\s*/g, ' ');
}

/** The first words of a text, for a title: at most 10 words and about 80 characters, with "…" when cut. */
export function firstWords(text: string): string {
  const words = text.split(/\s+/).filter((word) => word !== '');
  let title = '';
  let count = 0;
  for (const word of words) {
    if (count === 10 || (title !== '' && title.length + word.length + 1 > 80)) return `${title}…`;
    title = title === '' ? word.slice(0, 80) : `${title} ${word}`;
    count += 1;
  }
  return title;
}
