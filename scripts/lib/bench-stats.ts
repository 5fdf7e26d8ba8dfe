// What every benchmark reports the same way: several runs summarised as their median and
// spread (lowest–highest), and the machine's load average, which on a shared machine says how
// much to trust the figures.
import os from 'node:os';

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('no samples to summarise');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return {
    median,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    runs: sorted.length,
  };
}

/** "median 12.3 (11.9–14.0, 5 runs)", each figure through `format`. */
export function describeSummary(s: Summary, format: (value: number) => string): string {
  return `median ${format(s.median)} (${format(s.min)}–${format(s.max)}, ${s.runs} runs)`;
}

/** The ratio of two sets of runs: median over median, and the spread of run-by-run ratios. */
export function ratioOf(numerator: readonly number[], denominator: readonly number[]): Summary {
  const median = summarise(numerator).median / summarise(denominator).median;
  const n = Math.min(numerator.length, denominator.length);
  const pairs = Array.from(
    { length: n },
    (_, i) => (numerator[i] as number) / (denominator[i] as number),
  );
  const { min, max } = summarise(pairs);
  return { median, min, max, runs: n };
}

/** "ratio median 1.42 (1.31–1.60, 5 runs)". */
export function describeRatio(s: Summary): string {
  return `ratio ${describeSummary(s, (v) => v.toFixed(2))}`;
}

/** The 1, 5 and 15 minute load averages, e.g. "load 3.12 2.80 2.55". */
export function loadAverage(): string {
  return `load ${os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')}`;
}

/** Prints the load average with a label, at the start and at the end of a benchmark. */
export function printLoad(when: 'start' | 'end'): void {
  console.log(
    `${when === 'start' ? 'machine at start' : 'machine at end'}: ${os.cpus().length} CPUs, ${loadAverage()}`,
  );
}
