import { OrganisationRegisteredV1 } from '../directory/organisation-registered.v1.event';
import { EVENT_CONTRACTS, findEventContract } from './event-contracts';

describe('event contract registry', () => {
  it('lists every contract once', () => {
    expect(EVENT_CONTRACTS).toContain(OrganisationRegisteredV1);
    const types = EVENT_CONTRACTS.map((contract) => contract.type);
    expect(new Set(types).size).toBe(types.length);
  });

  it('finds a contract by type', () => {
    expect(findEventContract('org.coordination.directory.organisation.registered.v1')).toBe(OrganisationRegisteredV1);
  });

  it('returns undefined for an unknown type', () => {
    expect(findEventContract('org.coordination.directory.organisation.registered.v2')).toBeUndefined();
  });
});
