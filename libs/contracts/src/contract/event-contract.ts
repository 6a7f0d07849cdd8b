import type { z } from 'zod';
import type { TopicName } from '../topics/topic-names';

/** Everything the platform knows about one event type: where it travels and what `data` holds. */
export interface EventContract<TSchema extends z.ZodType = z.ZodType, TType extends string = string> {
  /** CloudEvents `type`, ending in `.v<version>`. */
  readonly type: TType;
  readonly topic: TopicName;
  /** Kind of aggregate the event's `subject` identifies, e.g. `organisation`. */
  readonly aggregate: string;
  readonly version: number;
  readonly description: string;
  /** Schema of the CloudEvent `data` attribute. */
  readonly schema: TSchema;
}

/** The `data` type of events following `TContract`. */
export type EventData<TContract extends EventContract> = z.output<TContract['schema']>;
