/** A small seeded generator (mulberry32): the same seed gives the same customers and queries on every run. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

/**
 * Picks from a list ranked by frequency with Zipf-like weights, as real name frequencies are: the first names
 * are common, the tail is long.
 */
export class WeightedList<T> {
  private readonly cumulative: number[] = [];

  constructor(
    private readonly items: readonly T[],
    exponent = 0.9,
  ) {
    let total = 0;
    for (let rank = 1; rank <= items.length; rank++) {
      total += 1 / rank ** exponent;
      this.cumulative.push(total);
    }
  }

  pick(random: Random): T {
    const target = random.next() * this.cumulative[this.cumulative.length - 1];
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return this.items[low];
  }
}
