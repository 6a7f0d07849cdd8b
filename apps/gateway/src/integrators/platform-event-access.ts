import { GraphQLError } from 'graphql';
import { AuthErrorCode, type Viewer } from '@coordination/auth';
import { findEventContract, type CloudEvent } from '@coordination/contracts';
import type { AgreementRegistry } from './agreement-registry';

export const PlatformEventErrorCode = {
  UnknownEventType: 'EVENT.UNKNOWN_TYPE',
  AgreementNotActive: 'INTEGRATOR.AGREEMENT_NOT_ACTIVE',
  EventTypeNotAllowed: 'INTEGRATOR.EVENT_TYPE_NOT_ALLOWED',
  FieldNotAllowed: 'INTEGRATOR.FIELD_NOT_ALLOWED',
} as const;

export interface PlatformEventGrant {
  types: ReadonlySet<string>;
  /** The `data` fields delivered for each type; a type not listed is delivered whole. */
  fieldsByType: ReadonlyMap<string, readonly string[]>;
  /** Set for integrators: the subscription ends when this agreement is revoked. */
  agreementId?: string;
}

function refuse(code: string, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field && { field }) } });
}

/**
 * Decides what a `platformEvents` subscription may deliver: platform admins anything they ask
 * for; integrators only the event types, and for sensitive ones the fields, their active
 * data-sharing agreement lists. Asking for more is refused, not silently trimmed.
 */
export function grantPlatformEvents(
  viewer: Viewer | null,
  registry: AgreementRegistry,
  types: readonly string[],
  fields: readonly string[] | null | undefined,
): PlatformEventGrant {
  if (!viewer) throw refuse(AuthErrorCode.Unauthenticated, 'Subscriptions need an authenticated connection');
  types.forEach((type, index) => {
    if (!findEventContract(type))
      throw refuse(PlatformEventErrorCode.UnknownEventType, `Unknown event type ${type}`, `types.${index}`);
  });
  const requestedFields = fields && fields.length > 0 ? fields : null;
  if (viewer.roles.includes('PLATFORM_ADMIN')) {
    const fieldsByType = new Map(requestedFields ? types.map((type) => [type, requestedFields]) : []);
    return { types: new Set(types), fieldsByType };
  }
  if (!viewer.roles.includes('INTEGRATOR') || !viewer.agreementId) {
    throw refuse(
      AuthErrorCode.Forbidden,
      'Only integrators with a data-sharing agreement subscribe to platform events',
    );
  }
  const status = registry.status(viewer.agreementId);
  const agreement = registry.get(viewer.agreementId);
  if (status !== 'active' || !agreement) {
    throw refuse(
      PlatformEventErrorCode.AgreementNotActive,
      `The data-sharing agreement is ${status.replace(/_/g, ' ')}`,
    );
  }
  const fieldsByType = new Map<string, readonly string[]>();
  types.forEach((type, index) => {
    if (!agreement.eventTypes.includes(type)) {
      throw refuse(
        PlatformEventErrorCode.EventTypeNotAllowed,
        `The agreement does not cover ${type}`,
        `types.${index}`,
      );
    }
    const allowed = agreement.allowedFields[type];
    if (requestedFields) {
      requestedFields.forEach((field, fieldIndex) => {
        if (allowed && !allowed.includes(field)) {
          throw refuse(
            PlatformEventErrorCode.FieldNotAllowed,
            `The agreement does not allow ${type} field "${field}"`,
            `fields.${fieldIndex}`,
          );
        }
      });
      fieldsByType.set(type, requestedFields);
    } else if (allowed) {
      fieldsByType.set(type, allowed);
    }
  });
  return { types: new Set(types), fieldsByType, agreementId: agreement.agreementId };
}

/** The event as delivered under a grant, or undefined when the grant does not cover its type. */
export function deliverable(event: CloudEvent, grant: PlatformEventGrant): CloudEvent | undefined {
  if (!grant.types.has(event.type)) return undefined;
  const fields = grant.fieldsByType.get(event.type);
  if (!fields) return event;
  const data = event.data as Record<string, unknown>;
  return {
    ...event,
    data: Object.fromEntries(fields.filter((field) => field in data).map((field) => [field, data[field]])),
  };
}
