import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { eventually } from '@coordination/testing';
import { devToken, errorCodes, gatewayUrl, graphql, type GraphQLResponse } from '../support/gateway-client';

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterOrganisationInput!) {
    registerOrganisation(input: $input) {
      id
      name
      acronym
      type
      registeredAt
    }
  }
`;

const PARTNERS = /* GraphQL */ `
  query Partners($first: Int!, $after: String) {
    partnerOrganisations(page: { first: $first, after: $after }) {
      totalCount
      nodes {
        id
        name
        acronym
        type
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface PartnerPage {
  partnerOrganisations: {
    totalCount: number;
    nodes: { id: string; name: string; acronym: string | null; type: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

async function allPartners(token: string): Promise<PartnerPage['partnerOrganisations']['nodes']> {
  const nodes: PartnerPage['partnerOrganisations']['nodes'] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const response: GraphQLResponse<PartnerPage> = await graphql<PartnerPage>(PARTNERS, { first: 20, after }, token);
    expect(response.errors).toBeUndefined();
    nodes.push(...response.data!.partnerOrganisations.nodes);
    if (!response.data!.partnerOrganisations.pageInfo.hasNextPage) break;
    after = response.data!.partnerOrganisations.pageInfo.endCursor;
  }
  return nodes;
}

describe('registering an organisation through the gateway (directory -> Kafka -> activities)', () => {
  let adminToken: string;
  let subscriptions: Client;

  beforeAll(async () => {
    adminToken = await devToken(['PLATFORM_ADMIN']);
    subscriptions = createClient({
      url: gatewayUrl().replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${adminToken}` },
      retryAttempts: 0,
    });
  });

  afterAll(async () => {
    await subscriptions.dispose();
  });

  it('writes in the directory, replicates to activities through Kafka, and announces it on the subscription', async () => {
    const id = randomUUID();
    const announced = new Promise<Record<string, unknown>>((resolve, reject) => {
      const stop = subscriptions.subscribe<{ organisationRegistered: Record<string, unknown> }>(
        { query: 'subscription { organisationRegistered { eventId organisationId name acronym type } }' },
        {
          next: (message) => {
            if (message.errors) reject(new Error(JSON.stringify(message.errors)));
            if (message.data?.organisationRegistered.organisationId === id) {
              stop();
              resolve(message.data.organisationRegistered);
            }
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    // The subscription must be registered at the gateway before the event is published.
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const input = { id, name: 'Encuentros Servicio Jesuita para la Solidaridad', acronym: 'SJS', type: 'NNGO' };
    const registered = await graphql<{ registerOrganisation: Record<string, unknown> }>(
      REGISTER,
      { input },
      adminToken,
    );
    expect(registered.errors).toBeUndefined();
    expect(registered.data!.registerOrganisation).toMatchObject(input);

    const partnerToken = await devToken(['PARTNER_REPORTER'], randomUUID());
    const replica = await eventually(async () => {
      const found = (await allPartners(partnerToken)).find((partner) => partner.id === id);
      expect(found).toBeDefined();
      return found;
    }, 60_000);
    expect(replica).toEqual({ id, name: input.name, acronym: 'SJS', type: 'NNGO' });

    await expect(announced).resolves.toMatchObject({
      organisationId: id,
      name: input.name,
      acronym: 'SJS',
      type: 'NNGO',
    });
  }, 90_000);

  it('treats a repeated registration with the same client id as the same request', async () => {
    const input = {
      id: randomUUID(),
      name: 'Asociación Unión Venezolana en Perú',
      acronym: 'UVP',
      type: 'MIGRANT_LED',
    };
    const first = await graphql<{ registerOrganisation: { id: string } }>(REGISTER, { input }, adminToken);
    const again = await graphql<{ registerOrganisation: { id: string } }>(REGISTER, { input }, adminToken);
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);

    const conflicting = await graphql(REGISTER, { input: { ...input, name: 'Another name' } }, adminToken);
    expect(errorCodes(conflicting)).toEqual(['ORGANISATION.ID_CONFLICT']);
    expect(conflicting.errors![0].extensions!.field).toBe('input.id');
  });

  it('refuses a second organisation with the same name, whatever its case', async () => {
    await graphql(REGISTER, { input: { name: 'Plan International Perú', type: 'INGO' } }, adminToken);
    const duplicate = await graphql(REGISTER, { input: { name: 'PLAN INTERNATIONAL PERÚ', type: 'INGO' } }, adminToken);
    expect(errorCodes(duplicate)).toEqual(['ORGANISATION.NAME_TAKEN']);
  });

  it('rejects bad input with a stable code and the field at fault, writing nothing', async () => {
    const response = await graphql(REGISTER, { input: { id: randomUUID(), name: 'X', type: 'NNGO' } }, adminToken);
    expect(errorCodes(response)).toEqual(['INPUT.INVALID']);
    expect(response.errors![0].extensions!.fields!.map((field) => field.field)).toEqual(['input.name']);
  });

  it('lets only platform admins register organisations, and only authenticated callers read', async () => {
    const input = { name: 'Organisation without rights', type: 'NNGO' };
    expect(errorCodes(await graphql(REGISTER, { input }))).toEqual(['AUTH.UNAUTHENTICATED']);
    const reporter = await devToken(['PARTNER_REPORTER'], randomUUID());
    expect(errorCodes(await graphql(REGISTER, { input }, reporter))).toEqual(['AUTH.FORBIDDEN']);
    expect(errorCodes(await graphql(PARTNERS, { first: 5 }))).toEqual(['AUTH.UNAUTHENTICATED']);
  });
});
