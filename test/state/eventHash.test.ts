import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEventHash, writeEventHash } from '../../src/state/index';

describe('readEventHash(hash)', () => {
  it('reads #event=<id>, with or without "#", among other params, percent-decoded', () => {
    expect(readEventHash('#event=tower-22-drone-attack')).toBe('tower-22-drone-attack');
    expect(readEventHash('event=tower-22')).toBe('tower-22');
    expect(readEventHash('#lang=ar&event=a%3Ab&theme=dark')).toBe('a:b');
  });

  it('gives null when there is no event, an empty one, or one that cannot be decoded', () => {
    expect(readEventHash('')).toBeNull();
    expect(readEventHash('#intro')).toBeNull();
    expect(readEventHash('#event=')).toBeNull();
    expect(readEventHash('#event=%E0%A4%A')).toBeNull();
    expect(readEventHash('#events=x')).toBeNull();
  });
});

describe('writeEventHash(hash, id)', () => {
  it('sets the event, replacing an earlier one in its place, keeping other params as they were', () => {
    expect(writeEventHash('', 'tower-22')).toBe('#event=tower-22');
    expect(writeEventHash('#lang=ar', 'x')).toBe('#lang=ar&event=x');
    expect(writeEventHash('#event=a&lang=ar%20x', 'b')).toBe('#event=b&lang=ar%20x');
    expect(writeEventHash('#intro', 'a:b')).toBe('#intro&event=a:b');
  });

  it('removes the event for null, leaving "" when nothing else is left', () => {
    expect(writeEventHash('#event=a&lang=ar', null)).toBe('#lang=ar');
    expect(writeEventHash('#event=a', null)).toBe('');
    expect(writeEventHash('', null)).toBe('');
  });

  it('leaves the hash alone rather than throw for an id that cannot be encoded', () => {
    expect(writeEventHash('#lang=ar', '\ud800')).toBe('#lang=ar');
  });

  it('round-trips any id and keeps other params (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ minLength: 1 }), fc.string({ minLength: 1, unit: 'grapheme' })),
        fc.constantFrom('', '#lang=ar', '#a=1&event=old&b=2'),
        (id, hash) => {
          const written = writeEventHash(hash, id);
          expect(readEventHash(written)).toBe(id);
          expect(writeEventHash(written, null)).toBe(writeEventHash(hash, null));
        },
      ),
    );
  });
});
