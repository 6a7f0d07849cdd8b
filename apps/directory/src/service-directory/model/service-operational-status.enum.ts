import { registerEnumType } from '@nestjs/graphql';
import type { ServiceStatus } from '../shared/service-status';

/**
 * HSDS service status. GraphQL names cannot hold a space, so TEMPORARILY_CLOSED stands for HSDS
 * `temporarily closed`; resolvers see the HSDS spelling.
 */
export const ServiceOperationalStatusEnum = {
  ACTIVE: 'active',
  INACTIVE: 'inactive',
  DEFUNCT: 'defunct',
  TEMPORARILY_CLOSED: 'temporarily closed',
} as const satisfies Record<string, ServiceStatus>;

registerEnumType(ServiceOperationalStatusEnum, {
  name: 'ServiceOperationalStatus',
  description: 'Whether a service is running (Open Referral HSDS service status).',
});
