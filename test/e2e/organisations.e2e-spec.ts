import { randomUUID } from 'node:crypto';
import type { KafkaMessage } from 'kafkajs';
import { TopicNames, UserOrganisationChangedV1, validateCloudEventForTopic } from '@coordination/contracts';
import { eventually, readTopic, testKafkaClient } from '@coordination/testing';
import { devToken, errorCodes, graphql } from '../support/gateway-client';

const PROFILE =
  'id name acronym type aliases identifiers { scheme value } workingGroupMember regionPcodes status mergedIntoId version';

const REGISTER = `mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { ${PROFILE} } }`;
const UPDATE = `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { ${PROFILE} } }`;
const MERGE = `mutation ($input: MergeOrganisationsInput!) { mergeOrganisations(input: $input) { ${PROFILE} } }`;
const REGISTER_USER = `mutation ($input: RegisterUserInput!) { registerUser(input: $input) { id organisation { id } } }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`;
const ME = `{ me { organisation { id } } }`;
const RESOLVE = `query ($name: String!) { resolveOrganisation(name: $name) { status organisation { id } candidates { organisation { id name } score } } }`;

interface Profile {
  id: string;
  name: string;
  aliases: string[];
  status: string;
  mergedIntoId: string | null;
  version: number;
}

/** Names unique to this run, so the suite can run against a database that already has data. */
const run = randomUUID().slice(0, 8);

describe('organisations: aliases, fuzzy resolution, updates and merges through the gateway', () => {
  let admin: string;
  let acnur: Profile;

  beforeAll(async () => {
    admin = await devToken(['PLATFORM_ADMIN']);
    const response = await graphql<{ registerOrganisation: Profile }>(
      REGISTER,
      {
        input: {
          name: `Alto Comisionado de las Naciones Unidas para los Refugiados ${run}`,
          acronym: `ACNUR${run}`,
          type: 'UN_AGENCY',
          aliases: [`UNHCR ${run}`, `Agencia de la ONU para los Refugiados ${run}`],
          identifiers: [{ scheme: 'iati', value: `XM-DAC-41121-${run}` }],
          workingGroupMember: true,
          regionPcodes: ['PE15', 'PE24'],
        },
      },
      admin,
    );
    expect(response.errors).toBeUndefined();
    acnur = response.data!.registerOrganisation;
  });

  it('stores aliases and identifiers, normalising the identifier scheme', () => {
    expect(acnur.aliases.sort()).toEqual([`Agencia de la ONU para los Refugiados ${run}`, `UNHCR ${run}`]);
    expect(acnur).toMatchObject({ identifiers: [{ scheme: 'IATI', value: `XM-DAC-41121-${run}` }], version: 1 });
  });

  it.each([
    ['an alias in another case', `unhcr ${run}`],
    ['the acronym', `acnur${run}`],
    ['the name without accents or case', `ALTO COMISIONADO DE LAS NACIONES UNIDAS PARA LOS REFUGIADOS ${run}`],
    ['a misspelt name', `Alto Comisionado de las Naciones Unidas para los Refujiados ${run}`],
  ])('resolves %s to the one organisation', async (_case, name) => {
    const response = await graphql<{ resolveOrganisation: { status: string; organisation: { id: string } } }>(
      RESOLVE,
      { name },
      admin,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.resolveOrganisation).toMatchObject({ status: 'FOUND', organisation: { id: acnur.id } });
  });

  it('answers NOT_FOUND for a name that matches nothing', async () => {
    const response = await graphql<{ resolveOrganisation: { status: string } }>(
      RESOLVE,
      { name: `Zzyzx Qwerty ${randomUUID()}` },
      admin,
    );
    expect(response.data!.resolveOrganisation.status).toBe('NOT_FOUND');
  });

  it('refuses a name that is already another organisation’s alias, and an unknown region, writing nothing', async () => {
    const taken = await graphql(REGISTER, { input: { name: `UNHCR ${run}`, type: 'UN_AGENCY' } }, admin);
    expect(errorCodes(taken)).toEqual(['ORGANISATION.NAME_TAKEN']);
    const badRegion = await graphql(
      REGISTER,
      { input: { name: `Organización ${run}`, type: 'NNGO', regionPcodes: ['PE15', 'PE99'] } },
      admin,
    );
    expect(errorCodes(badRegion)).toEqual(['ORGANISATION.UNKNOWN_REGION']);
    expect(badRegion.errors![0].extensions!.field).toBe('input.regionPcodes.1');
    const search = await graphql<{ organisations: { nodes: { name: string }[] } }>(
      `
        query ($search: String!) {
          organisations(filter: { search: $search }, page: { first: 100 }) {
            nodes {
              name
            }
          }
        }
      `,
      { search: `Organización ${run}` },
      admin,
    );
    expect(search.errors).toBeUndefined();
    expect(search.data!.organisations.nodes.map((node) => node.name)).not.toContain(`Organización ${run}`);
  });

  it('updates a profile with optimistic concurrency', async () => {
    const updated = await graphql<{ updateOrganisation: Profile }>(
      UPDATE,
      { input: { id: acnur.id, expectedVersion: 1, regionPcodes: ['PE15', 'PE24', 'PE23'] } },
      admin,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateOrganisation).toMatchObject({ version: 2, regionPcodes: ['PE15', 'PE24', 'PE23'] });
    const stale = await graphql(
      UPDATE,
      { input: { id: acnur.id, expectedVersion: 1, workingGroupMember: false } },
      admin,
    );
    expect(errorCodes(stale)).toEqual(['ORGANISATION.VERSION_CONFLICT']);
  });

  it('lets a partner admin update only its own organisation', async () => {
    const ownAdmin = await devToken(['PARTNER_ADMIN'], acnur.id);
    const own = await graphql<{ updateOrganisation: Profile }>(
      UPDATE,
      { input: { id: acnur.id, workingGroupMember: true } },
      ownAdmin,
    );
    expect(own.errors).toBeUndefined();
    const otherAdmin = await devToken(['PARTNER_ADMIN'], randomUUID());
    const other = await graphql(UPDATE, { input: { id: acnur.id, workingGroupMember: false } }, otherAdmin);
    expect(errorCodes(other)).toEqual(['AUTH.FORBIDDEN']);
  });

  it('merges a duplicate: its names and people move to the survivor and the 4W replica drops it', async () => {
    const duplicate = (
      await graphql<{ registerOrganisation: Profile }>(
        REGISTER,
        { input: { name: `ACNUR Perú oficina Lima ${run}`, type: 'UN_AGENCY', aliases: [`ACNUR Lima ${run}`] } },
        admin,
      )
    ).data!.registerOrganisation;
    const email = `oficial.lima.${run}@example.org`;
    const password = 'Quebrada-de-Huaycoloro-2026';
    const member = await graphql<{ registerUser: { id: string; organisation: { id: string } } }>(
      REGISTER_USER,
      { input: { organisationId: duplicate.id, email, displayName: 'Oficial de Lima', password } },
      admin,
    );
    expect(member.data?.registerUser.organisation).toEqual({ id: duplicate.id });
    const partner = await devToken(['PARTNER_REPORTER'], randomUUID());
    const replicaIds = async () =>
      (
        await graphql<{ partnerOrganisations: { nodes: { id: string }[] } }>(
          `
            {
              partnerOrganisations(page: { first: 100 }) {
                nodes {
                  id
                }
              }
            }
          `,
          {},
          partner,
        )
      ).data?.partnerOrganisations.nodes.map((node) => node.id) ?? [];
    await eventually(async () => expect(await replicaIds()).toContain(duplicate.id), 60_000);

    const merged = await graphql<{ mergeOrganisations: Profile }>(
      MERGE,
      { input: { survivingOrganisationId: acnur.id, duplicateOrganisationId: duplicate.id } },
      admin,
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeOrganisations.aliases).toEqual(
      expect.arrayContaining([`ACNUR Perú oficina Lima ${run}`, `ACNUR Lima ${run}`, `UNHCR ${run}`]),
    );

    const resolved = await graphql<{ resolveOrganisation: { status: string; organisation: { id: string } } }>(
      RESOLVE,
      { name: `acnur lima ${run}` },
      admin,
    );
    expect(resolved.data!.resolveOrganisation).toMatchObject({ status: 'FOUND', organisation: { id: acnur.id } });

    const old = await graphql<{ organisation: Profile }>(
      `
        query ($id: ID!) {
          organisation(id: $id) {
            status
            mergedIntoId
          }
        }
      `,
      { id: duplicate.id },
      admin,
    );
    expect(old.data!.organisation).toEqual({ status: 'MERGED', mergedIntoId: acnur.id });

    const again = await graphql(
      MERGE,
      { input: { survivingOrganisationId: acnur.id, duplicateOrganisationId: duplicate.id } },
      admin,
    );
    expect(errorCodes(again)).toEqual(['ORGANISATION.NOT_ACTIVE']);

    const login = await graphql<{ login: { accessToken: string } }>(LOGIN, { input: { email, password } });
    expect(login.errors).toBeUndefined();
    const me = await graphql<{ me: { organisation: { id: string } } }>(ME, {}, login.data!.login.accessToken);
    expect(me.data!.me.organisation).toEqual({ id: acnur.id });

    const userId = member.data!.registerUser.id;
    const aboutMember = (messages: KafkaMessage[]) => messages.filter((message) => message.key?.toString() === userId);
    const userEvents = await readTopic(
      testKafkaClient('organisations-e2e'),
      TopicNames.directoryUser,
      (messages) => aboutMember(messages).length >= 2,
    );
    const moved = aboutMember(userEvents)
      .map((message) => validateCloudEventForTopic(JSON.parse(message.value!.toString()), TopicNames.directoryUser))
      .find((result) => result.ok && result.event.type === UserOrganisationChangedV1.type);
    expect(moved).toMatchObject({
      ok: true,
      event: {
        data: { userId, previousOrganisationId: duplicate.id, organisationId: acnur.id, reason: 'ORGANISATION_MERGED' },
      },
    });

    await eventually(async () => expect(await replicaIds()).not.toContain(duplicate.id), 60_000);
  }, 120_000);
});
