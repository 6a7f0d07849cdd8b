import { z } from 'zod';
import { findEventContract } from '@coordination/contracts';
import { IntegratorErrors } from './integrator.errors';

/** The top-level `data` fields an event type carries, from its contract. */
export function dataFieldsOf(eventType: string): string[] | undefined {
  const schema = findEventContract(eventType)?.schema;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : undefined;
}

/**
 * Checks that every event type exists and that field restrictions name real fields of types the
 * agreement lists; returns the restrictions as stored (event type -> fields).
 */
export function checkedAgreementScope(
  eventTypes: readonly string[],
  allowedFields: readonly { eventType: string; fields: string[] }[],
): Record<string, string[]> {
  eventTypes.forEach((type, index) => {
    if (!findEventContract(type)) throw IntegratorErrors.unknownEventType(type, `input.eventTypes.${index}`);
  });
  const restrictions: Record<string, string[]> = {};
  allowedFields.forEach(({ eventType, fields }, index) => {
    if (!eventTypes.includes(eventType)) {
      throw IntegratorErrors.unknownEventType(eventType, `input.allowedFields.${index}.eventType`);
    }
    const known = dataFieldsOf(eventType) ?? [];
    fields.forEach((field, fieldIndex) => {
      if (!known.includes(field)) {
        throw IntegratorErrors.unknownField(eventType, field, `input.allowedFields.${index}.fields.${fieldIndex}`);
      }
    });
    restrictions[eventType] = [...new Set(fields)];
  });
  return restrictions;
}
