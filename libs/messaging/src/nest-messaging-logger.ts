import { Logger } from '@nestjs/common';
import type { MessagingLogger } from './kafka-client';

/** Routes the messaging classes' logs (which do not depend on Nest) into the app's Nest logger. */
export function nestMessagingLogger(context: string): MessagingLogger {
  const logger = new Logger(context);
  const format = (message: string, details?: Record<string, unknown>) =>
    details && Object.keys(details).length > 0 ? `${message} ${JSON.stringify(details)}` : message;
  return {
    debug: (message, details) => logger.debug(format(message, details)),
    info: (message, details) => logger.log(format(message, details)),
    warn: (message, details) => logger.warn(format(message, details)),
    error: (message, details) => logger.error(format(message, details)),
  };
}
