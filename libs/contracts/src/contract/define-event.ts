import type { z } from 'zod';
import { EVENT_TYPE_PATTERN } from '../envelope/envelope-patterns';
import { TOPICS } from '../topics/topics';
import type { EventContract } from './event-contract';

/**
 * Declares an event contract. Mistakes throw when the module loads, so a malformed contract
 * fails every test and every service start instead of reaching Kafka.
 */
export function defineEvent<const TType extends string, TSchema extends z.ZodType>(
  contract: EventContract<TSchema, TType>,
): EventContract<TSchema, TType> {
  const { type, topic, version, aggregate } = contract;
  if (!Number.isInteger(version) || version < 1) {
    throw new Error(`Event contract ${type}: version must be a positive integer, got ${version}`);
  }
  if (!EVENT_TYPE_PATTERN.test(type)) {
    throw new Error(`Event contract ${type}: type must match ${EVENT_TYPE_PATTERN}`);
  }
  if (!type.endsWith(`.v${version}`)) {
    throw new Error(`Event contract ${type}: type must end with .v${version} to match its version`);
  }
  if (!TOPICS.some((definition) => definition.name === topic)) {
    throw new Error(`Event contract ${type}: topic ${topic} is not in the topic catalogue`);
  }
  if (aggregate.trim() === '') {
    throw new Error(`Event contract ${type}: aggregate must not be empty`);
  }
  return Object.freeze({ ...contract });
}
