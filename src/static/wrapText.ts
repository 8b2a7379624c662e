import type { MeasureText } from '../layout/types';
import { truncateLabel } from '../layout/truncateLabel';

/** Splits a word longer than a line into pieces that fit (whole code points). */
function breakWord(word: string, maxWidth: number, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}

/**
 * Text in lines of at most `maxWidth` px, broken at spaces (a word wider than a line is broken between characters),
 * at most `maxLines` of them: the last ends in "…" when text is left over.
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words.flatMap((w) => (measure(w) > maxWidth ? breakWord(w, maxWidth, measure) : [w]))) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = `${kept[maxLines - 1]} ${lines[maxLines]}`;
  kept[maxLines - 1] = truncateLabel(`${last}…`, maxWidth, measure)?.text ?? '…';
  return kept;
}
