import { afterEach, describe, expect, it, vi } from 'vitest';
import { truncateLabel } from '../../src/layout/truncateLabel';
import { MIXED_TITLES } from '../fixtures/edgeDatasets';

// Every grapheme 10 px wide, whatever it is made of: a label's width is its grapheme count.
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const graphemes = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);
const measure = (text: string) => graphemes(text).length * 10;

describe('truncateLabel(text, maxWidth, measureText)', () => {
  it('returns the text whole when it fits', () => {
    expect(truncateLabel('Short', 100, measure)).toEqual({ text: 'Short', width: 50, truncated: false });
  });

  it('returns the longest prefix that fits with "…", trailing space trimmed', () => {
    expect(truncateLabel('Drone strike on a base', 100, measure)).toEqual({
      text: 'Drone str…',
      width: 100,
      truncated: true,
    });
    expect(truncateLabel('Drone strike', 70, measure)?.text).toBe('Drone…');
  });

  it('returns null when not even one grapheme and the ellipsis fit', () => {
    expect(truncateLabel('Drone', 15, measure)).toBeNull();
  });

  it.each(Object.entries(MIXED_TITLES))('never splits a grapheme of the %s title', (_name, title) => {
    for (let width = 20; width < measure(title); width += 10) {
      const fitted = truncateLabel(title, width, measure)!;
      const kept = graphemes(fitted.text.slice(0, -1));
      expect(kept).toEqual(graphemes(title).slice(0, kept.length));
      expect(fitted.width).toBeLessThanOrEqual(width);
    }
  });

  it('costs a few measurements for a million-character title, not a million', () => {
    const measured: number[] = [];
    const counting = (text: string) => (measured.push(text.length), measure(text.slice(0, 2000)));
    const fitted = truncateLabel('word '.repeat(200_000), 200, counting, 10_000_000)!;
    expect(fitted.text).toBe('word word word word…');
    expect(measured.length).toBeLessThan(16);
    expect(Math.max(...measured)).toBeLessThan(100);
  });
});

describe('truncateLabel without Intl.Segmenter', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('falls back to whole code points, so a surrogate pair is never split', async () => {
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    vi.resetModules();
    const { truncateLabel: fallback } = await import('../../src/layout/truncateLabel');
    const byCodePoint = (text: string) => Array.from(text).length * 10;
    const fitted = fallback('🔥🔥🔥🔥🔥', 30, byCodePoint)!;
    expect(fitted.text).toBe('🔥🔥…');
    // Without a segmenter a combining accent counts on its own (the one thing the fallback cannot know).
    expect(fallback('e\u0301e\u0301e\u0301', 40, byCodePoint)!.text).toBe('e\u0301e…');
  });
});
