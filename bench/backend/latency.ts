import { performance } from "node:perf_hooks";

/** Latency samples in milliseconds; percentiles by nearest rank on the sorted samples. */
export class Latencies {
  private readonly samples: number[] = [];

  add(milliseconds: number): void {
    this.samples.push(milliseconds);
  }

  get count(): number {
    return this.samples.length;
  }

  percentile(p: number): number {
    if (this.samples.length === 0) return Number.NaN;
    const sorted = [...this.samples].sort((a, b) => a - b);
    const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
    return round(sorted[rank]);
  }

  /** p50, p99 and max, the figures every table row shows. */
  summary(): { p50: number; p99: number; max: number } {
    return { p50: this.percentile(50), p99: this.percentile(99), max: this.percentile(100) };
  }
}

export async function timed<T>(latencies: Latencies, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  latencies.add(performance.now() - start);
  return result;
}

export function round(value: number, digits = 3): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
