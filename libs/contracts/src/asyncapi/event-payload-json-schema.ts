import { z } from 'zod';
import type { EventContract } from '../contract/event-contract';
import { cloudEventEnvelopeSchema } from '../envelope/cloud-event-envelope.schema';

/**
 * JSON Schema of the whole CloudEvent carrying `contract`'s data, i.e. the Kafka message value.
 * Draft-07 because the AsyncAPI default schema format is a superset of it; `io: 'input'` describes
 * what a consumer must accept, which leaves room for fields added within the same version.
 */
export function eventPayloadJsonSchema(contract: EventContract): Record<string, unknown> {
  const envelopeForContract = cloudEventEnvelopeSchema.extend({
    type: z.literal(contract.type).describe('Event type of this contract.'),
    data: contract.schema,
  });
  const schema: Record<string, unknown> = {
    ...z.toJSONSchema(envelopeForContract, { target: 'draft-07', io: 'input' }),
  };
  // The dialect is implied by the AsyncAPI document, so repeating it per message adds only noise.
  delete schema.$schema;
  return schema;
}
