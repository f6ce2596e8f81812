// What every benchmark in scripts/bench/ shares: the output line, the correctness check that runs before any
// timing, and the median of repeated samples.

/** One JSON line: {"metric": …, "n": …, "value": …, "unit": …}, plus `extra` fields (a limit, say) after them. */
export function printMetric(
  metric: string,
  n: number,
  value: number,
  unit: string,
  extra: Readonly<Record<string, number | undefined>> = {},
): void {
  console.log(JSON.stringify({ metric, n, value, unit, ...extra }));
}

/** Stops the benchmark when a result is wrong: a fast wrong answer is not a number worth printing. */
export function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`bench check failed: ${what}`);
}

/** The middle sample (the upper one of an even count). */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
