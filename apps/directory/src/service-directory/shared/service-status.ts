import { SERVICE_STATUSES } from '@coordination/contracts';

/** HSDS service status, spelled as HSDS and the service events spell it. */
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export { SERVICE_STATUSES };
