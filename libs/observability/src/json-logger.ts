import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

/** Nest's logger interface over pino, so every app writes one JSON object per line. */
export class JsonLogger implements LoggerService {
  private readonly logger: Logger;

  constructor(service: string, level: string) {
    this.logger = pino({ level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
  }

  log(message: unknown, context?: string): void {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
}
