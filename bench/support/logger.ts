import type { MessagingLogger } from '@coordination/messaging';

/** Warnings and errors to stderr (they matter in a benchmark: a retry costs time); the rest dropped. */
export function benchLogger(prefix: string): MessagingLogger {
  const print = (level: string, message: string, context?: Record<string, unknown>) =>
    process.stderr.write(`[${prefix}] ${level} ${message}${context ? ` ${safeJson(context)}` : ''}\n`);
  return {
    debug() {},
    info() {},
    warn: (message, context) => print('WARN', message, context),
    error: (message, context) => print('ERROR', message, context),
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
