/** A fresh, valid OrganisationRegisteredV1 message as a consumer would receive it. Tests break copies of it. */
export function validOrganisationRegisteredEvent(): Record<string, unknown> & { data: Record<string, unknown> } {
  return {
    specversion: '1.0',
    id: '6f1c2a3e-8b4d-4c5e-9f60-7a8b9c0d1e2f',
    source: '/coordination/directory',
    type: 'org.coordination.directory.organisation.registered.v1',
    subject: '0b7e3c1a-2d4f-4a6b-8c9d-1e2f3a4b5c6d',
    time: '2025-03-01T12:00:00.000Z',
    datacontenttype: 'application/json',
    data: {
      organisationId: '0b7e3c1a-2d4f-4a6b-8c9d-1e2f3a4b5c6d',
      name: 'Asociación de Migrantes Venezolanos en Lima',
      acronym: 'AMVL',
      type: 'MIGRANT_LED',
      registeredAt: '2025-03-01T11:59:59.000-05:00',
    },
    correlationid: 'req-42',
    causationid: 'cmd-7',
    actororg: 'org-unhcr',
    traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  };
}
