import { performance } from 'node:perf_hooks';

/** Figures one case reports to the runner (all times in milliseconds unless named otherwise). */
export interface CaseResult {
  caseName: string;
  events: number;
  /** Events whose effect the consumer saw (each counted once). */
  delivered: number;
  /** Deliveries of an event already seen (at-least-once redeliveries that reached the effect). */
  duplicates: number;
  /** Messages on the topic that were not this run's events (other producers), skipped. */
  foreign: number;
  complete: boolean;
  /** First write started -> last event's effect. */
  totalMs: number;
  /** First write started -> last write committed / acknowledged. */
  writeMs: number;
  /** First write started -> every event on Kafka (all acknowledged, or all outbox rows published). */
  onKafkaMs: number | null;
  throughputPerSecond: number;
  latency: LatencySummary;
  /** Effects seen before the write that produced them had returned to the writer (clamped to 0 ms). */
  effectsBeforeWriteReturned: number;
  payloadBytes: number;
  peakRssMiB: number;
  cpuSeconds: number;
  checks: string[];
  notes: string[];
}

/**
 * Result of a case that is not about messaging (a CPU-bound lookup or check): named figures, shown in
 * the rows its benchmark lists (see `FigureRow` in report.ts), plus the same process figures.
 */
export interface FiguresResult {
  caseName: string;
  /** Every figure was measured (false only when the case stopped early). */
  complete: boolean;
  figures: Record<string, number | null>;
  peakRssMiB: number;
  cpuSeconds: number;
  checks: string[];
  notes: string[];
}

export type AnyCaseResult = CaseResult | FiguresResult;

export function isFiguresResult(result: AnyCaseResult): result is FiguresResult {
  return 'figures' in result;
}

/** Peak RSS and CPU time of this process so far. */
export function processUsage(): Pick<FiguresResult, 'peakRssMiB' | 'cpuSeconds'> {
  const usage = process.resourceUsage();
  // maxRSS is in KiB on Linux and macOS.
  return { peakRssMiB: usage.maxRSS / 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 };
}

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/**
 * Records, per event id, when its write was durable (outbox commit or producer ack) and when its
 * effect happened, on the process' monotonic clock. The two maps are joined only at the end, so
 * the order in which the writer and the consumer record does not matter.
 */
export class Tracker {
  readonly writtenAt = new Map<string, number>();
  readonly effectAt = new Map<string, number>();
  duplicates = 0;
  foreign = 0;
  firstWriteAt = Number.NaN;
  lastWriteAt = Number.NaN;
  onKafkaAt = Number.NaN;
  lastEffectAt = Number.NaN;

  constructor(readonly expectedIds: ReadonlySet<string>) {}

  startWriting(): void {
    this.firstWriteAt = performance.now();
  }

  written(ids: readonly string[]): void {
    const now = performance.now();
    for (const id of ids) this.writtenAt.set(id, now);
    this.lastWriteAt = now;
  }

  /** Returns false for an event that is not part of this run. */
  isOurs(id: string): boolean {
    return this.expectedIds.has(id);
  }

  effect(id: string): void {
    const now = performance.now();
    if (!this.expectedIds.has(id)) {
      this.foreign++;
      return;
    }
    if (this.effectAt.has(id)) {
      this.duplicates++;
      return;
    }
    this.effectAt.set(id, now);
    this.lastEffectAt = now;
  }

  get done(): boolean {
    return this.effectAt.size >= this.expectedIds.size;
  }

  /** Resolves when every event had its effect; false on timeout or abort. Polls every 20 ms. */
  async waitUntilDone(timeoutMs: number, aborted: () => boolean): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    while (!this.done && performance.now() < deadline && !aborted()) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.done;
  }

  summarise(base: Pick<CaseResult, 'caseName' | 'payloadBytes' | 'checks' | 'notes'>): CaseResult {
    const latencies: number[] = [];
    let early = 0;
    for (const [id, effect] of this.effectAt) {
      const written = this.writtenAt.get(id);
      if (written === undefined) continue;
      const latency = effect - written;
      if (latency < 0) early++;
      latencies.push(Math.max(0, latency));
    }
    latencies.sort((a, b) => a - b);
    const mean = latencies.reduce((sum, value) => sum + value, 0) / (latencies.length || 1);
    const totalMs = this.lastEffectAt - this.firstWriteAt;
    const usage = process.resourceUsage();
    return {
      ...base,
      events: this.expectedIds.size,
      delivered: this.effectAt.size,
      duplicates: this.duplicates,
      foreign: this.foreign,
      complete: this.done,
      totalMs,
      writeMs: this.lastWriteAt - this.firstWriteAt,
      onKafkaMs: Number.isNaN(this.onKafkaAt) ? null : this.onKafkaAt - this.firstWriteAt,
      throughputPerSecond: this.effectAt.size / (totalMs / 1000),
      latency: {
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        max: latencies[latencies.length - 1] ?? Number.NaN,
        mean,
      },
      effectsBeforeWriteReturned: early,
      // maxRSS is in KiB on Linux and macOS.
      peakRssMiB: usage.maxRSS / 1024,
      cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    };
  }
}

/** Runs `work`, sampling the process's RSS every 50 ms: the peak while it ran, in MiB. */
export async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakMiB: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  try {
    const result = await work();
    return { result, peakMiB: Math.max(peak, process.memoryUsage().rss) / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}
