import { describe, expect, it } from 'vitest';
import { pymChildId, pymMessage, readPymMessage } from '../../../src/embed/frame/pymProtocol';
import { ampEmbedSize } from '../../../src/embed/frame/ampEmbedSize';
import { wordpressHeight, wordpressReadySecret, wordpressSecret } from '../../../src/embed/frame/wordpressHeight';
import { heightMessages } from '../../../src/embed/frame/heightMessages';
import { isHeightChange } from '../../../src/embed/frame/heightChange';

describe('pym.js messages', () => {
  it('writes the exact string pym.Parent parses', () => {
    expect(pymMessage('tl-1', 'height', 812)).toBe('pymxPYMxtl-1xPYMxheightxPYMx812');
  });

  it('reads the parent’s width message for this child only', () => {
    expect(readPymMessage('tl-1', 'pymxPYMxtl-1xPYMxwidthxPYMx640')).toEqual({ type: 'width', value: '640' });
    expect(readPymMessage('tl-1', 'pymxPYMxtl-2xPYMxwidthxPYMx640')).toBeNull();
    // An id that is a prefix of another's is not that other.
    expect(readPymMessage('tl', 'pymxPYMxtl-1xPYMxwidthxPYMx640')).toBeNull();
    expect(readPymMessage('tl-1', 'pymxPYMxtl-1xPYMxwidth')).toBeNull();
    expect(readPymMessage('tl-1', { type: 'width' })).toBeNull();
    expect(readPymMessage('tl-1', 'pymxPYMxtl-1xPYMxwi dthxPYMx640')).toBeNull();
  });

  it('takes the child id from the query pym.Parent builds', () => {
    const query = new URLSearchParams('src=a.json&initialWidth=640&childId=graphic-1&parentTitle=T&parentUrl=x');
    expect(pymChildId(query)).toBe('graphic-1');
    expect(pymChildId(new URLSearchParams('src=a.json'))).toBeNull();
    expect(pymChildId(new URLSearchParams('childId='))).toBeNull();
  });
});

describe('AMP and WordPress messages', () => {
  it('writes AMP’s embed-size request', () => {
    expect(ampEmbedSize(900)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 900 });
  });

  it('reads WordPress’s secret from the frame URL’s hash', () => {
    expect(wordpressSecret('#?secret=Fl4shp01nt')).toBe('Fl4shp01nt');
    expect(wordpressSecret('#event=a&secret=abc123')).toBe('abc123');
    expect(wordpressSecret('#?secret=')).toBeNull();
    expect(wordpressSecret('#?secret=a"b')).toBeNull();
    expect(wordpressSecret('#event=tower-22')).toBeNull();
    expect(wordpressSecret('')).toBeNull();
  });

  it('writes the height message and reads the secret of the host’s ready message', () => {
    expect(wordpressHeight(640, 's3cret')).toEqual({ message: 'height', value: 640, secret: 's3cret' });
    expect(wordpressReadySecret({ message: 'ready', secret: 's3cret' })).toBe('s3cret');
    expect(wordpressReadySecret({ message: 'ready', secret: 'a"b' })).toBeNull();
    expect(wordpressReadySecret({ message: 'ready' })).toBeNull();
    expect(wordpressReadySecret({ message: 'height', secret: 's3cret' })).toBeNull();
    expect(wordpressReadySecret('ready')).toBeNull();
    expect(wordpressReadySecret(null)).toBeNull();
  });
});

describe('heightMessages', () => {
  it('speaks pym only with a child id and WordPress only with a secret; AMP always', () => {
    expect(heightMessages(700, { pymChildId: null, wordpressSecret: null })).toEqual([ampEmbedSize(700)]);
    expect(heightMessages(700, { pymChildId: 'g', wordpressSecret: 'abc' })).toEqual([
      'pymxPYMxgxPYMxheightxPYMx700',
      ampEmbedSize(700),
      { message: 'height', value: 700, secret: 'abc' },
    ]);
  });
});

describe('isHeightChange', () => {
  it('ignores a wobble of one pixel, and anything that is not a height', () => {
    expect(isHeightChange(null, 500)).toBe(true);
    expect(isHeightChange(500, 501)).toBe(false);
    expect(isHeightChange(500, 499)).toBe(false);
    expect(isHeightChange(500, 502)).toBe(true);
    expect(isHeightChange(500, 420)).toBe(true);
    expect(isHeightChange(500, Number.NaN)).toBe(false);
    expect(isHeightChange(null, -3)).toBe(false);
  });
});
