import { describe, expect, it } from 'vitest';
import { loadPayloads, parsePayloads } from './loadPayloads';

describe('the hostile-input corpus', () => {
  const payloads = loadPayloads();

  it('has payloads of every family the threat model names', () => {
    expect(payloads.length).toBeGreaterThan(100);
    const all = payloads.map((p) => p.text.toLowerCase()).join('\n');
    for (const family of [
      '<script',
      '<style',
      'onerror=',
      'javascript:',
      'data:text/html',
      'vbscript:',
      '<svg',
      'url(',
      '{{',
      'expression(',
    ]) {
      expect(all).toContain(family);
    }
  });

  it('arms every SENTINEL() with its own id and decodes escapes', () => {
    const parsed = parsePayloads('# comment\n\n<img onerror=SENTINEL()>\njava\\u0000script:SENTINEL()\nred\\3b x\n');
    expect(parsed.map((p) => p.text)).toEqual(['<img onerror=__fpXss(0)>', 'java\u0000script:__fpXss(1)', 'red\\3b x']);
    expect(parsed.map((p) => p.line)).toEqual([3, 4, 5]);
    expect(payloads.every((p) => !p.text.includes('SENTINEL'))).toBe(true);
  });
});
