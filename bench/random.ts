/**
 * Seeded randomness, so every run generates the same corpus and the same queries and two runs can be
 * compared. Every bench draws from mulberry32.
 */
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const between = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/**
 * Picks with Zipf-like weights (the first item most often): support content is about a few topics a
 * lot and about many topics a little, which is what makes common words match many entries.
 */
export function zipfPicker<T>(items: readonly T[], exponent = 0.9): (random: Random) => T {
  const weights = items.map((_, rank) => 1 / (rank + 1) ** exponent);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return (random) => {
    let left = random() * total;
    for (let i = 0; i < items.length; i += 1) {
      left -= weights[i];
      if (left < 0) return items[i];
    }
    return items[items.length - 1];
  };
}
