import { randomUUID } from 'node:crypto';
import { eventually } from '@coordination/testing';
import { devToken, gatewayUrl, graphql } from '../support/gateway-client';

const REGISTER_ORGANISATION = `mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }`;
const REGISTER_ASSESSMENT = `mutation ($input: RegisterAssessmentInput!) { registerAssessment(input: $input) { id } }`;
const SET_MAPPING = `mutation ($input: SetKoboFormMappingInput!) {
  setKoboFormMapping(input: $input) { secret formMapping { id intakePath version } }
}`;
const RECORDS = `query ($id: ID!) {
  assessmentRecords(assessmentId: $id) { totalCount nodes { revision pcode populationGroup collectedOn valuesJson } }
}`;

const run = randomUUID().slice(0, 8);

describe('KoboToolbox intake through the gateway', () => {
  it('maps a form, takes its submissions at the gateway address, and lists the records', async () => {
    const admin = await devToken(['PLATFORM_ADMIN']);
    const organisation = await graphql<{ registerOrganisation: { id: string } }>(
      REGISTER_ORGANISATION,
      { input: { name: `Red de monitoreo ${run}`, type: 'NNGO' } },
      admin,
    );
    const lead = organisation.data!.registerOrganisation.id;
    const partnerAdmin = await devToken(['PARTNER_ADMIN'], lead);
    const assessment = await eventually(async () => {
      const response = await graphql<{ registerAssessment: { id: string } }>(
        REGISTER_ASSESSMENT,
        {
          input: {
            title: `Monitoreo de flujo en Tumbes ${run}`,
            type: 'FLOW_MONITORING',
            method: 'Encuestas en frontera con KoboToolbox',
            leadOrganisationIds: [lead],
            pcodes: ['PE24'],
            populationGroups: ['IN_TRANSIT'],
            collectionStart: '2026-04-01',
            collectionEnd: '2026-04-30',
            planYear: 2026,
          },
        },
        partnerAdmin,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.registerAssessment;
    }, 30_000);

    const mapping = {
      place: { field: 'punto/distrito', coding: 'inei' },
      populationGroup: { value: 'IN_TRANSIT' },
      values: [{ field: 'grupo/personas', name: 'groupSize', type: 'integer', required: true }],
    };
    const registration = await graphql<{
      setKoboFormMapping: { secret: string; formMapping: { id: string; intakePath: string; version: number } };
    }>(
      SET_MAPPING,
      { input: { assessmentId: assessment.id, koboAssetUid: `aFlow${run}`, mappingJson: JSON.stringify(mapping) } },
      partnerAdmin,
    );
    expect(registration.errors).toBeUndefined();
    const { secret, formMapping } = registration.data!.setKoboFormMapping;
    expect(formMapping.intakePath).toBe(`/intake/kobo/${formMapping.id}`);

    const intakeUrl = `${new URL(gatewayUrl()).origin}${formMapping.intakePath}`;
    const submission = {
      _uuid: randomUUID(),
      _xform_id_string: `aFlow${run}`,
      _submission_time: '2026-04-03T14:22:10',
      'punto/distrito': '240301',
      'grupo/personas': 7,
    };
    const post = (headers: Record<string, string>) =>
      fetch(intakeUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(submission),
      });
    const refused = await post({ 'x-kobo-secret': 'wrong' });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('KOBO.UNAUTHORIZED');
    const accepted = await post({ authorization: `Basic ${Buffer.from(`kobo:${secret}`).toString('base64')}` });
    expect(accepted.status).toBe(201);

    const records = await graphql<{
      assessmentRecords: { totalCount: number; nodes: Record<string, unknown>[] };
    }>(RECORDS, { id: assessment.id }, partnerAdmin);
    expect(records.data!.assessmentRecords).toEqual({
      totalCount: 1,
      nodes: [
        {
          revision: 1,
          pcode: 'PE240301',
          populationGroup: 'IN_TRANSIT',
          collectedOn: '2026-04-03',
          valuesJson: JSON.stringify({ groupSize: 7 }),
        },
      ],
    });
  }, 90_000);
});
