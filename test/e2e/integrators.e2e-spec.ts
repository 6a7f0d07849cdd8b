import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { eventually } from '@coordination/testing';
import { devToken, errorCodes, gatewayUrl, graphql } from '../support/gateway-client';
import { record, subscriptionClient } from '../support/subscription-client';

const REGISTERED = 'org.coordination.directory.organisation.registered.v1';
const UPDATED = 'org.coordination.directory.organisation.updated.v1';
const ROLE_GRANTED = 'org.coordination.directory.user.role-granted.v1';

async function requestToken(form: Record<string, string>) {
  const response = await fetch(new URL('/oauth/token', gatewayUrl()), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('integrators: client credentials bound to a data-sharing agreement', () => {
  let admin: string;
  let clientId: string;
  let clientSecret: string;
  let agreementId: string;
  let integrator: string;
  const sockets: Client[] = [];

  beforeAll(async () => {
    admin = await devToken(['PLATFORM_ADMIN']);
    const organisation = await graphql<{ registerOrganisation: { id: string } }>(
      'mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }',
      { input: { name: `Plataforma de integración ${randomUUID().slice(0, 8)}`, type: 'UN_AGENCY' } },
      admin,
    );
    clientId = `kobo-${randomUUID().slice(0, 8)}`;
    const registration = await graphql<{ registerIntegratorClient: { clientSecret: string } }>(
      'mutation ($input: RegisterIntegratorClientInput!) { registerIntegratorClient(input: $input) { clientSecret client { clientId } } }',
      {
        input: {
          clientId,
          name: 'KoboToolbox of the working group',
          organisationId: organisation.data!.registerOrganisation.id,
        },
      },
      admin,
    );
    expect(registration.errors).toBeUndefined();
    clientSecret = registration.data!.registerIntegratorClient.clientSecret;
  });

  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.dispose()));
  });

  it('refuses a token without an active agreement, and a wrong secret', async () => {
    const noAgreement = await requestToken({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
    });
    expect(noAgreement).toMatchObject({
      status: 400,
      body: { error: 'unauthorized_client', code: 'INTEGRATOR.NO_ACTIVE_AGREEMENT' },
    });
    const wrongSecret = await requestToken({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: 'guess',
    });
    expect(wrongSecret).toMatchObject({
      status: 401,
      body: { error: 'invalid_client', code: 'INTEGRATOR.INVALID_CLIENT' },
    });
  });

  it('refuses an agreement over an unknown event type or field', async () => {
    const validTo = new Date(Date.now() + 86_400_000).toISOString();
    const unknownType = await graphql(
      'mutation ($input: GrantDataSharingAgreementInput!) { grantDataSharingAgreement(input: $input) { id } }',
      { input: { clientId, eventTypes: ['org.coordination.nothing.v1'], validTo } },
      admin,
    );
    expect(errorCodes(unknownType)).toEqual(['INTEGRATOR.UNKNOWN_EVENT_TYPE']);
    const unknownField = await graphql(
      'mutation ($input: GrantDataSharingAgreementInput!) { grantDataSharingAgreement(input: $input) { id } }',
      {
        input: {
          clientId,
          eventTypes: [REGISTERED],
          allowedFields: [{ eventType: REGISTERED, fields: ['password'] }],
          validTo,
        },
      },
      admin,
    );
    expect(errorCodes(unknownField)).toEqual(['INTEGRATOR.UNKNOWN_FIELD']);
  });

  it('issues a token under an agreement and delivers only the agreed event types and fields', async () => {
    const granted = await graphql<{ grantDataSharingAgreement: { id: string } }>(
      'mutation ($input: GrantDataSharingAgreementInput!) { grantDataSharingAgreement(input: $input) { id eventTypes } }',
      {
        input: {
          clientId,
          eventTypes: [REGISTERED, UPDATED],
          allowedFields: [{ eventType: REGISTERED, fields: ['organisationId', 'name', 'type'] }],
          validTo: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
      admin,
    );
    expect(granted.errors).toBeUndefined();
    agreementId = granted.data!.grantDataSharingAgreement.id;
    const issued = await requestToken({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
    });
    expect(issued).toMatchObject({ status: 200, body: { token_type: 'Bearer', scope: `${REGISTERED} ${UPDATED}` } });
    integrator = String(issued.body.access_token);

    const socket = subscriptionClient(integrator);
    sockets.push(socket);
    const query =
      'subscription ($types: [String!]!, $fields: [String!]) { platformEvents(types: $types, fields: $fields) { id type subject data } }';
    // The gateway learns of the agreement from Kafka: until then it is not active there.
    const subscription = await eventually(async () => {
      const attempt = record<{ platformEvents: { type: string; data: Record<string, unknown> } }>(socket, query, {
        types: [REGISTERED],
      });
      const outcome = await Promise.race([
        attempt.errors,
        new Promise<string[]>((resolve) => setTimeout(() => resolve([]), 1_000)),
      ]);
      if (outcome.length > 0) throw new Error(`refused: ${outcome.join(',')}`);
      return attempt;
    }, 30_000);

    const notAllowedType = record(socket, query, { types: [ROLE_GRANTED] });
    expect(await notAllowedType.errors).toEqual(['INTEGRATOR.EVENT_TYPE_NOT_ALLOWED']);
    const notAllowedField = record(socket, query, { types: [REGISTERED], fields: ['acronym'] });
    expect(await notAllowedField.errors).toEqual(['INTEGRATOR.FIELD_NOT_ALLOWED']);

    const name = `Organización anunciada ${randomUUID().slice(0, 8)}`;
    await graphql(
      'mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }',
      { input: { name, acronym: 'OA', type: 'NNGO' } },
      admin,
    );
    await eventually(
      () => expect(subscription.received.map((item) => item.platformEvents.data.name)).toContain(name),
      30_000,
    );
    const delivered = subscription.received.find((item) => item.platformEvents.data.name === name)!;
    expect(delivered.platformEvents.type).toBe(REGISTERED);
    expect(Object.keys(delivered.platformEvents.data).sort()).toEqual(['name', 'organisationId', 'type']);

    // Revoking the agreement ends the subscription and the token, and no new token is issued.
    const revoked = await graphql(
      'mutation ($input: RevokeDataSharingAgreementInput!) { revokeDataSharingAgreement(input: $input) { revokedAt } }',
      { input: { agreementId } },
      admin,
    );
    expect(revoked.errors).toBeUndefined();
    await subscription.completed;
    await eventually(async () => {
      const refused = await graphql('{ needsStatus { service } }', {}, integrator);
      expect(refused.status).toBe(401);
      expect(errorCodes(refused)).toEqual(['AUTH.AGREEMENT_REVOKED']);
    }, 30_000);
    const afterRevocation = await requestToken({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
    });
    expect(afterRevocation).toMatchObject({ status: 400, body: { code: 'INTEGRATOR.NO_ACTIVE_AGREEMENT' } });
  }, 120_000);
});
