import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { percentile, type LatencySummary } from './measurements';

/**
 * What timing one call costs by itself: the median of many back-to-back `performance.now()` pairs,
 * in milliseconds. Subtracted from every per-call sample, so a 1 µs call is not reported as 1.03 µs.
 */
export function timerOverheadMs(samples = 200_000): number {
  const gaps = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    gaps[i] = performance.now() - start;
  }
  gaps.sort();
  return gaps[samples >> 1];
}

/** Per-call latencies in milliseconds (any order) summarised in microseconds. */
export function summariseMicroseconds(latenciesMs: Float64Array): LatencySummary {
  const sorted = Float64Array.from(latenciesMs).sort();
  const asArray = Array.from(sorted, (ms) => ms * 1000);
  let sum = 0;
  for (const value of asArray) sum += value;
  return {
    p50: percentile(asArray, 50),
    p95: percentile(asArray, 95),
    p99: percentile(asArray, 99),
    max: asArray[asArray.length - 1] ?? Number.NaN,
    mean: sum / (asArray.length || 1),
  };
}

/** "1-min load average 1.62 on 2 CPUs": other processes share the cores, which a CPU-bound figure depends on. */
export function loadNote(when: string): string {
  return `1-min load average ${when}: ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} CPUs`;
}

export function formatMicroseconds(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/**
 * Figures of three passes over the same inputs, one call at a time: the first (cold: the JIT still
 * compiling) and the second (warm) untimed per call, for throughput; the third timed per call, for
 * latency, with the timer's own overhead subtracted (clamped at 0).
 */
export interface PassFigures<R> {
  firstPassMs: number;
  warmPassMs: number;
  /** Per call, in milliseconds, timer overhead subtracted. */
  latenciesMs: Float64Array;
  /** What each call returned in the timed pass. */
  results: R[];
  timerOverheadMs: number;
}

/** `accepted` is asked of every result of the untimed passes, so no call can be optimised away. */
export function runPasses<R>(
  count: number,
  call: (index: number) => R,
  accepted: (result: R) => boolean,
  aborted: () => boolean,
): PassFigures<R> {
  const untimedPass = () => {
    let ok = 0;
    const start = performance.now();
    for (let i = 0; i < count; i++) if (accepted(call(i))) ok++;
    return { ms: performance.now() - start, ok };
  };
  const first = untimedPass();
  if (aborted()) throw new Error('aborted');
  const warm = untimedPass();
  if (aborted()) throw new Error('aborted');
  const overhead = timerOverheadMs();
  const latenciesMs = new Float64Array(count);
  const results = new Array<R>(count);
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    results[i] = call(i);
    latenciesMs[i] = Math.max(0, performance.now() - start - overhead);
  }
  const timedOk = results.filter(accepted).length;
  if (first.ok !== warm.ok || warm.ok !== timedOk) {
    throw new Error(`passes disagree: ${first.ok}, ${warm.ok}, ${timedOk} results accepted`);
  }
  return { firstPassMs: first.ms, warmPassMs: warm.ms, latenciesMs, results, timerOverheadMs: overhead };
}

/** {@link runPasses} for a call that returns a promise; each call is awaited before the next starts. */
export async function runAsyncPasses<R>(
  count: number,
  call: (index: number) => Promise<R>,
  accepted: (result: R) => boolean,
  aborted: () => boolean,
): Promise<PassFigures<R>> {
  const untimedPass = async () => {
    let ok = 0;
    const start = performance.now();
    for (let i = 0; i < count; i++) if (accepted(await call(i))) ok++;
    return { ms: performance.now() - start, ok };
  };
  const first = await untimedPass();
  if (aborted()) throw new Error('aborted');
  const warm = await untimedPass();
  if (aborted()) throw new Error('aborted');
  const overhead = timerOverheadMs();
  const latenciesMs = new Float64Array(count);
  const results = new Array<R>(count);
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    results[i] = await call(i);
    latenciesMs[i] = Math.max(0, performance.now() - start - overhead);
  }
  const timedOk = results.filter(accepted).length;
  if (first.ok !== warm.ok || warm.ok !== timedOk) {
    throw new Error(`passes disagree: ${first.ok}, ${warm.ok}, ${timedOk} results accepted`);
  }
  return { firstPassMs: first.ms, warmPassMs: warm.ms, latenciesMs, results, timerOverheadMs: overhead };
}

/** Median wall time of `runs` calls of `work`, in milliseconds. */
export function medianMs(runs: number, work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}
