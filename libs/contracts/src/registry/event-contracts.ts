import type { EventContract } from '../contract/event-contract';
import { OrganisationRegisteredV1 } from '../directory/organisation-registered.v1.event';

/** Every event type the platform publishes. A new contract is only usable once listed here. */
export const EVENT_CONTRACTS: readonly EventContract[] = [OrganisationRegisteredV1];

function indexByType(contracts: readonly EventContract[]): ReadonlyMap<string, EventContract> {
  const byType = new Map<string, EventContract>();
  for (const contract of contracts) {
    // Two contracts for one type would make validation depend on list order.
    if (byType.has(contract.type)) {
      throw new Error(`Event type ${contract.type} is defined twice in EVENT_CONTRACTS`);
    }
    byType.set(contract.type, contract);
  }
  return byType;
}

const contractsByType = indexByType(EVENT_CONTRACTS);

export function findEventContract(type: string): EventContract | undefined {
  return contractsByType.get(type);
}
