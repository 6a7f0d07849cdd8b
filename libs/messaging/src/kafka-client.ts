import { Kafka, logLevel as KafkaLogLevel, type LogEntry } from 'kafkajs';

export interface MessagingLogger {
  debug(message: string, context?: Record<string, unknown>): void;
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

export const silentLogger: MessagingLogger = { debug() {}, info() {}, warn() {}, error() {} };

export interface KafkaConnectionSettings {
  brokers: string[];
  clientId: string;
  logger?: MessagingLogger;
}

/** One Kafka client per process; kafkajs' own log lines are routed into the service's logger. */
export function createKafkaClient(settings: KafkaConnectionSettings): Kafka {
  const logger = settings.logger ?? silentLogger;
  return new Kafka({
    clientId: settings.clientId,
    brokers: settings.brokers,
    connectionTimeout: 3_000,
    requestTimeout: 10_000,
    retry: { initialRetryTime: 200, maxRetryTime: 5_000, retries: 8 },
    logLevel: KafkaLogLevel.WARN,
    logCreator:
      () =>
      ({ level, log, namespace }: LogEntry) => {
        const { message, ...context } = log;
        const entry = { namespace, ...context };
        if (level === KafkaLogLevel.ERROR) logger.error(message, entry);
        else if (level === KafkaLogLevel.WARN) logger.warn(message, entry);
        else logger.debug(message, entry);
      },
  });
}
