// A small seeded pseudo-random generator, so the benchmark's collection is the same on every run
// (no Math.random, no clock): mulberry32, which is fast and good enough for picking templates.

/** A seeded source of random choices. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** An index in [0, n) skewed towards 0 (a few items are picked often, most rarely, as with people in the news). */
  skewed(n: number, power?: number): number;
  /** A new list with the elements in a random order. */
  shuffle<T>(items: readonly T[]): T[];
  /** A hex string of the given length. */
  hex(length: number): string;
}

/** Creates a generator from a 32-bit seed; equal seeds give equal sequences. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
    skewed: (n, power = 2.5) => Math.min(n - 1, Math.floor(n * Math.pow(next(), power))),
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    hex: (length) => {
      let s = '';
      while (s.length < length) s += Math.floor(next() * 0x10000).toString(16).padStart(4, '0');
      return s.slice(0, length);
    },
  };
}

/** Derives a child seed from a seed and a label, so independent streams (people, articles) do not shift each other. */
export function deriveSeed(seed: number, label: string): number {
  let h = (seed ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
