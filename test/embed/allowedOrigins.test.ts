// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { effectiveAllowedOrigins, pageAllowedOrigins } from '../../src/embed/allowedOrigins';
import { optionsFromQuery } from '../../src/embed/embedOptions';
import { readFrameSettings } from '../../src/embed/frame/frameSettings';

function documentWith(meta: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.head.innerHTML = meta;
  return doc;
}

describe('allowed origins', () => {
  it('reads the page meta: space or comma separated, origins only, junk left out', () => {
    const doc = documentWith(
      '<meta name="flashpoint-allowed-origins" content="https://a.example/x, https://b.example:8443 javascript:x nope">',
    );
    expect(pageAllowedOrigins(doc)).toEqual(['https://a.example', 'https://b.example:8443']);
    expect(pageAllowedOrigins(documentWith(''))).toBeUndefined();
    expect(pageAllowedOrigins(documentWith('<meta name="flashpoint-allowed-origins" content="">'))).toEqual([]);
  });

  it('the option and the page meta each narrow: an origin must be in both', () => {
    expect(effectiveAllowedOrigins(undefined, undefined)).toBeUndefined();
    expect(effectiveAllowedOrigins(['https://a.example'], undefined)).toEqual(['https://a.example']);
    expect(effectiveAllowedOrigins(undefined, ['https://b.example'])).toEqual(['https://b.example']);
    expect(effectiveAllowedOrigins(['https://a.example', 'https://b.example'], ['https://b.example'])).toEqual([
      'https://b.example',
    ]);
  });

  it('no query parameter or attribute spelling sets it (whoever writes src must not widen its origins)', () => {
    for (const name of ['allowed-origins', 'allowedOrigins', 'data-allowed-origins']) {
      const query = `?src=https://evil.example/d.json&${name}=https://evil.example`;
      expect(optionsFromQuery(query)).not.toHaveProperty('allowedOrigins');
      expect(readFrameSettings(query).options).not.toHaveProperty('allowedOrigins');
    }
  });
});
