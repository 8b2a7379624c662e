let segmenter: Intl.Segmenter | null | undefined;

/** One shared segmenter, built on first use (building one is slow); null where Intl.Segmenter is missing. */
function graphemeSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  }
  return segmenter;
}

/**
 * Text with none of these is one grapheme per code unit: below U+0300 (where combining marks start) nothing
 * joins, except CR LF. Such text skips the segmenter, which costs ~50 times more per character.
 */
function mayJoin(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x300 || unit === 13) return true;
  }
  return false;
}

/** Code units segmented at a time: V8 reads the whole string it is given, so a million characters cost ~0.5 s. */
const CHUNK = 2048;

/**
 * Where each user-perceived character (grapheme: an emoji with its modifiers, a letter with its combining
 * marks) ends, as code-unit offsets, lazily: a caller that needs the first 40 of a million-character text
 * reads only those. Without Intl.Segmenter, whole code points, so a surrogate pair is never split.
 */
export function* graphemeEnds(text: string): Generator<number, void, undefined> {
  const graphemes = graphemeSegmenter();
  if (!graphemes) {
    let end = 0;
    for (const char of text) yield (end += char.length);
    return;
  }
  // A chunk at a time; its last grapheme may go on past the chunk, so it is segmented again with the next one
  // (a grapheme boundary needs no context from before the previous boundary).
  let from = 0;
  let size = CHUNK;
  while (from < text.length) {
    const to = Math.min(text.length, from + size);
    const chunk = text.slice(from, to);
    if (!mayJoin(chunk)) {
      // The chunk's last character may take a combining mark from the next chunk: it is read again with it.
      const last = to === text.length ? to : to - 1;
      for (let end = from + 1; end <= last; end++) yield end;
      from = last;
      continue;
    }
    let last = from;
    let lastEnd = from;
    for (const { index, segment } of graphemes.segment(chunk)) {
      if (lastEnd > last) yield lastEnd;
      last = from + index;
      lastEnd = last + segment.length;
    }
    if (to === text.length) {
      yield lastEnd;
      return;
    }
    // One grapheme longer than the chunk (a long run of combining marks): read a bigger chunk.
    size = last === from ? size * 2 : CHUNK;
    from = last;
  }
}

/**
 * The text cut to at most `max` graphemes, with "…" in place of what was cut, or the text itself when it
 * is no longer. Never splits an emoji, a combining sequence or a surrogate pair.
 */
export function shortenText(text: string, max: number): string {
  if (text.length <= max) return text; // Cheap: a grapheme is at least one code unit.
  let cut = 0;
  let count = 0;
  for (const end of graphemeEnds(text)) {
    if (count === max) return `${text.slice(0, cut).trimEnd()}…`;
    cut = end;
    count += 1;
  }
  return text;
}
