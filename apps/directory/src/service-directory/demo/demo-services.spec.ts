import { departmentPcodeOf } from '@coordination/geo';
import { DEMO_ORGANISATIONS } from '../../organisations/demo/demo-organisations';
import { checkedServiceParts } from '../writing/service-parts';
import { ServiceReferenceData } from '../writing/service-reference-data';
import { DEMO_SERVICES, demoServiceCommand, demoServiceId } from './demo-services';

describe('demo services', () => {
  const commands = DEMO_SERVICES.map(demoServiceCommand);

  it('offers more than 50 services with distinct, fixed ids', () => {
    expect(DEMO_SERVICES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(commands.map((command) => command.id)).size).toBe(DEMO_SERVICES.length);
    expect(demoServiceId(DEMO_SERVICES[0])).toBe(commands[0].id);
  });

  it('passes the reference checks of publishService (sectors, P-codes, languages)', () => {
    const referenceData = new ServiceReferenceData();
    for (const command of commands) {
      expect(() => checkedServiceParts(command, referenceData)).not.toThrow();
    }
  });

  it('covers the eight departments of the response', () => {
    const departments = new Set(
      commands.flatMap((command) => (command.locations ?? []).map((location) => departmentPcodeOf(location.pcode))),
    );
    expect([...departments].sort()).toEqual(['PE04', 'PE07', 'PE08', 'PE13', 'PE15', 'PE20', 'PE23', 'PE24']);
  });

  it('is offered by demo organisations working in the department of each service', () => {
    const byId = new Map(DEMO_ORGANISATIONS.map((organisation) => [organisation.id, organisation]));
    for (const command of commands) {
      const organisation = byId.get(command.organisationId);
      expect(organisation).toBeDefined();
      for (const location of command.locations ?? []) {
        expect({ service: command.name, works: organisation!.regionPcodes }).toEqual({
          service: command.name,
          works: expect.arrayContaining([departmentPcodeOf(location.pcode)]),
        });
      }
    }
  });

  it('includes GBV services in Tumbes that speak Spanish, and services in Quechua in Cusco', () => {
    const gbvInTumbes = commands.filter(
      (command) =>
        command.sectors.some((sector) => sector.subSector === 'GBV') &&
        command.languages.includes('es') &&
        (command.locations ?? []).some((location) => location.pcode.startsWith('PE24')),
    );
    expect(gbvInTumbes.length).toBeGreaterThanOrEqual(2);
    expect(
      commands.some(
        (command) => command.languages.includes('qu') && command.locations?.some((l) => l.pcode.startsWith('PE08')),
      ),
    ).toBe(true);
  });
});
