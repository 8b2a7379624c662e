import { randomLcg } from 'd3-random';

/** A seeded source of randomness: the same seed always gives the same sequence. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An index into `weights`, each chosen in proportion to its weight. */
  weighted(weights: readonly number[]): number;
}

/** Murmur3's 32-bit finaliser: spreads nearby seeds (1, 2, 3 …) far apart. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * d3's linear congruential generator, seeded from a mix of the integer seed's low and high 32 bits.
 * (`randomLcg` reads a seed in [0, 1) as a fraction of 2^32, so distinct seeds get distinct states.)
 */
export function createRandom(seed: number): Random {
  const high = Math.floor(seed / 0x100000000);
  const state = mix32(seed ^ mix32(high));
  const next = randomLcg(state / 0x100000000);
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('cannot pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let u = next() * total;
      for (let i = 0; i < weights.length; i++) {
        u -= weights[i]!;
        if (u < 0) return i;
      }
      return weights.length - 1;
    },
  };
  return random;
}
