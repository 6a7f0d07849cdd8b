import type { MachineInfo } from './machine';
import { isFiguresResult, type AnyCaseResult, type CaseResult, type FiguresResult } from './measurements';
import type { BenchSettings } from './settings';

export const REPORT_HEADER = `# Benchmarks

Measured figures of the messaging path, of P-code resolution and of bearer-token verification, appended by the
benchmark harness: one dated section per run, newest at the bottom. Nothing here is estimated; a figure that was not
measured is not written.

## Running

\`\`\`bash
npm run bench                          # every benchmark (builds first; starts its own throw-away Kafka broker)
npm run bench -- outbox-to-consumer    # only the named benchmarks
npm run bench -- pcode-resolution token-verification   # the CPU-bound ones
npm run bench -- --list                # names only
npm run bench -- --events=2000 --no-write   # quick try-out, printed but not appended here
# also: --batch=N (events per outbox transaction / sendBatch, default 500), --timeout-s=N (consumer wait, default 210),
#       --inputs=N (pcode-resolution inputs, default 100,000), --tokens=N (token-verification tokens, default 20,000)
\`\`\`

Needs PostgreSQL (\`BENCH_DATABASE_URL\`, default \`postgres://postgres@127.0.0.1:5432/postgres\`; only the server part
is used). Kafka is a broker of its own on 127.0.0.1:39092 (\`BENCH_KAFKA_PORT\`), state wiped each run. Each case runs in its own
Node process, so its peak RSS is its own. Bench databases (\`coord_bench_outbox\`, \`coord_bench_inbox\`), raw topics
(\`bench.raw.<run id>\`) and consumer groups (\`bench-<case>-<run id>\`) are removed at the end of the case.

The \`outbox-to-consumer\` events go to the real \`directory.organisation\` topic (the event contract allows no
other); that is why the script runs its own broker: no benchmark event ever reaches the topics of a running
\`npm start\` stack or of a test run.

The cases of \`pcode-resolution\` and \`token-verification\` use neither Kafka nor PostgreSQL nor any port (the script
still starts its broker, and the runner asks PostgreSQL its version for the report). What the two cases of
\`token-verification\` share (a development key pair and the tokens, signed beforehand by a \`token-signing\` step in a
process of its own) lives in a private temporary folder of the run (\`$TMPDIR/coordination-bench-<run id>-*\`), removed
when the run ends or is interrupted.

## Reading the tables

- Each benchmark is shown next to its **baseline, measured in the same run** on the same machine; the last column is
  benchmark ÷ baseline. Compare runs with care: everything (Node, PostgreSQL, the Kafka JVM) shares the same cores.
- **Throughput** (\`outbox-to-consumer\`): events applied by the consumer ÷ time from the start of the first write to the
  last consumer effect. Writing and consuming overlap (the relay publishes while writes go on).
- **Latency** (\`outbox-to-consumer\`): per event, from the moment its write was durable (outbox transaction committed;
  for the baseline, the producer's \`sendBatch\` acknowledged) to its effect (inbox + effect transaction committed; for
  the baseline, \`eachMessage\` called). Events are written as fast as possible, so latency is mostly time spent queued
  behind earlier events: it describes a burst of 20,000 events, not a lightly loaded system.
- **Passes** (\`pcode-resolution\`, \`token-verification\`): CPU-bound, one call at a time in one process, three passes
  over the same inputs: the first cold (the JIT still compiling), the second for the rate (**inputs/s**,
  **tokens/s**), the third timing every call on its own with \`performance.now()\`, whose own overhead (about 30 ns on
  this machine) is measured and subtracted. Per-call figures of a fraction of a microsecond (the \`Map\` baseline) are
  mostly the timing and the call around the lookup. Other work on the same two cores shows in these figures, in the
  tail most: each case notes the load average at its start and end.
- **Result mix** (\`pcode-resolution\`): found, ambiguous, not found and invalid add up to the inputs. "Found: the unit
  the input was made from" counts results equal to the unit the generator made the input from. The case fails if a
  P-code, INEI or RENIEC input did not resolve to its unit or a name missed its unit, so it doubles as a correctness
  check. The \`Map\` baseline knows neither ambiguity nor malformed input (\`–\`), and reads a RENIEC code as an INEI
  code: hence its "found: another unit".
- **Peak RSS**: \`maxRSS\` of the case's process (includes loading the libraries and building the events or inputs).
- **CPU**: user + system CPU time of the case's process (the broker and PostgreSQL are not included).
`;

function formatNumber(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function ratio(subject: number | null, baseline: number | null): string {
  if (subject === null || baseline === null || Number.isNaN(subject) || Number.isNaN(baseline) || baseline === 0)
    return '–';
  const value = subject / baseline;
  // Two significant digits below 1 (0.0045×, not 0.00×), fewer decimals as the ratio grows.
  const text =
    value >= 100
      ? value.toFixed(0)
      : value >= 10
        ? value.toFixed(1)
        : value >= 1
          ? value.toFixed(2)
          : value.toPrecision(2);
  return `${text}×`;
}

interface Row<R = CaseResult> {
  label: string;
  value: (result: R) => number | null;
  digits: number;
  /** false: a count shown for both, not a figure to divide (no ratio). */
  compare?: boolean;
}

/** A row of a benchmark whose cases report {@link FiguresResult}s. */
export type FigureRow = Row<FiguresResult>;

const ROWS: Row[] = [
  { label: 'events written', value: (r) => r.events, digits: 0, compare: false },
  { label: 'events applied by the consumer', value: (r) => r.delivered, digits: 0, compare: false },
  { label: 'throughput (events/s)', value: (r) => r.throughputPerSecond, digits: 0 },
  { label: 'first write → last effect (s)', value: (r) => r.totalMs / 1000, digits: 2 },
  { label: 'first write → last write durable (s)', value: (r) => r.writeMs / 1000, digits: 2 },
  {
    label: 'first write → all events on Kafka (s)',
    value: (r) => (r.onKafkaMs === null ? null : r.onKafkaMs / 1000),
    digits: 2,
  },
  { label: 'latency p50 (ms)', value: (r) => r.latency.p50, digits: 0 },
  { label: 'latency p95 (ms)', value: (r) => r.latency.p95, digits: 0 },
  { label: 'latency p99 (ms)', value: (r) => r.latency.p99, digits: 0 },
  { label: 'latency max (ms)', value: (r) => r.latency.max, digits: 0 },
  { label: 'peak RSS (MiB)', value: (r) => r.peakRssMiB, digits: 0 },
  { label: 'CPU user+sys of the process (s)', value: (r) => r.cpuSeconds, digits: 1 },
  { label: 'duplicate deliveries', value: (r) => r.duplicates, digits: 0, compare: false },
  { label: 'JSON bytes per event (mean)', value: (r) => r.payloadBytes / r.events, digits: 0, compare: false },
];

export interface BenchmarkOutcome {
  name: string;
  description: string;
  /** The table's rows for a benchmark of {@link FiguresResult}s; the messaging rows when omitted. */
  rows?: FigureRow[];
  /** The step that made what both cases use, run before them in a process of its own. */
  preparation?: AnyCaseResult | { caseName: string; error: string };
  subject: AnyCaseResult | { caseName: string; error: string };
  baseline: AnyCaseResult | { caseName: string; error: string };
}

function isResult(value: BenchmarkOutcome['subject']): value is AnyCaseResult {
  return !('error' in value);
}

/** The benchmark's rows, each giving null for a result of the other shape. */
function rowsOf(outcome: BenchmarkOutcome): Row<AnyCaseResult>[] {
  if (outcome.rows) {
    return outcome.rows.map((row) => ({ ...row, value: (r) => (isFiguresResult(r) ? row.value(r) : null) }));
  }
  return ROWS.map((row) => ({ ...row, value: (r) => (isFiguresResult(r) ? null : row.value(r)) }));
}

export function renderRun(settings: BenchSettings, machine: MachineInfo, outcomes: BenchmarkOutcome[]): string {
  const lines: string[] = [
    `## ${settings.startedAt} (run ${settings.runId})`,
    '',
    `- date: ${settings.startedAt}`,
    `- machine: ${machine.os}; kernel ${machine.kernel}`,
    `- CPU: ${machine.cpu}; memory ${machine.memory}`,
    `- Node ${machine.node}; Kafka broker ${machine.kafka} (${settings.brokers.join(', ')}); ${machine.postgres}`,
    '',
  ];
  for (const outcome of outcomes) {
    const { subject, baseline } = outcome;
    lines.push(`### ${outcome.name}`, '', outcome.description, '');
    const { preparation } = outcome;
    if (preparation) {
      const said = isResult(preparation)
        ? [...preparation.checks, ...preparation.notes].join('; ')
        : `**failed**: ${preparation.error}`;
      lines.push(`Prepared by \`${preparation.caseName}\` in a process of its own: ${said}.`, '');
    }
    lines.push(`| figure | ${subject.caseName} | ${baseline.caseName} (baseline) | ratio |`, '|---|---:|---:|---:|');
    for (const row of rowsOf(outcome)) {
      const s = isResult(subject) ? row.value(subject) : null;
      const b = isResult(baseline) ? row.value(baseline) : null;
      const r = row.compare === false ? '' : ratio(s, b);
      lines.push(`| ${row.label} | ${formatNumber(s, row.digits)} | ${formatNumber(b, row.digits)} | ${r} |`);
    }
    lines.push('');
    for (const result of [subject, baseline]) {
      if (!isResult(result)) {
        lines.push(`- **${result.caseName} failed**: ${result.error}`);
        continue;
      }
      const remarks = [...result.checks, ...result.notes];
      if (isFiguresResult(result)) {
        // These cases have many remarks: one line each.
        if (!result.complete) remarks.unshift('**incomplete**: the case stopped before measuring everything');
        if (remarks.length > 0) lines.push(`- ${result.caseName}:`, ...remarks.map((remark) => `  - ${remark}`));
        continue;
      }
      if (!result.complete) remarks.unshift('**incomplete**: not every event reached the consumer in time');
      if (result.effectsBeforeWriteReturned > 0) {
        remarks.push(
          `${result.effectsBeforeWriteReturned} events were consumed before their write had returned (latency counted as 0)`,
        );
      }
      if (result.foreign > 0) remarks.push(`${result.foreign} messages from other producers skipped`);
      if (remarks.length > 0) lines.push(`- ${result.caseName}: ${remarks.join('; ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
