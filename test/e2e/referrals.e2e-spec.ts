import { randomUUID } from 'node:crypto';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { allTopicDefinitions } from '@coordination/contracts';
import { eventually, testKafkaClient } from '@coordination/testing';
import { devToken, errorCodes, graphql } from '../support/gateway-client';

const REGISTER_ORGANISATION = `mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }`;
const PUBLISH_SERVICE = `mutation ($input: PublishServiceInput!) { publishService(input: $input) { id } }`;
const RECEIVERS = `query ($filter: ReceiversFilterInput!) {
  referralReceivers(filter: $filter, page: { first: 5 }) { totalCount nodes { serviceId organisationId } }
}`;
const REGISTER_CASE = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id version } }`;
const RECORD_CONSENT = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
const SEND = `mutation ($input: SendReferralInput!) {
  sendReferral(input: $input) { id status receivingOrganisationId dueAt }
}`;
const ACCEPT = `mutation ($input: AcceptReferralInput!) { acceptReferral(input: $input) { id status respondedAt } }`;
const REASON = 'Necesita acompañamiento especializado tras la agresión';
const INCOMING = `query { incomingReferrals(filter: { statuses: [SENT] }, page: { first: 10 }) { nodes { id caseId reason } } }`;
const PERSONAL_DATA = `query ($caseId: ID!) {
  casePersonalData(caseId: $caseId, purpose: SERVICE_DELIVERY) { fields personalData { givenNames familyNames phone } }
}`;

const AUDIT = `query ($caseId: ID!) {
  personalDataAccessLog(filter: { caseId: $caseId }, page: { first: 5 }) { nodes { organisationId purpose fields } }
}`;

/** Invented, distinctive values: finding any of them on a topic is a leak. */
const PERSON = {
  givenNames: 'Wuilmer Eduardo',
  familyNames: 'Tovar Echenique',
  documentNumber: 'V29117458',
  phone: '+51955301764',
};

/** Every message currently on `topic`, read from the beginning up to the latest offsets. */
async function allMessages(kafka: Kafka, topic: string): Promise<KafkaMessage[]> {
  const admin = kafka.admin();
  await admin.connect();
  const offsets = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
  const expected = offsets.reduce((total, partition) => total + Number(partition.high) - Number(partition.low), 0);
  if (expected === 0) return [];
  const consumer = kafka.consumer({ groupId: `e2e-leak-check-${randomUUID()}` });
  const messages: KafkaMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`read ${messages.length}/${expected} from ${topic}`)), 60_000);
      void consumer.run({
        eachMessage: async ({ message }) => {
          messages.push(message);
          if (messages.length >= expected) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return messages;
}

describe('a referral through the gateway, and what reaches Kafka', () => {
  const run = randomUUID().slice(0, 8);
  let sender: string;
  let receiver: string;
  let serviceId: string;

  beforeAll(async () => {
    const admin = await devToken(['PLATFORM_ADMIN']);
    const register = async (name: string) => {
      const response = await graphql<{ registerOrganisation: { id: string } }>(
        REGISTER_ORGANISATION,
        { input: { name: `${name} ${run}`, type: 'NNGO' } },
        admin,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.registerOrganisation.id;
    };
    sender = await register('Encuentros');
    receiver = await register('CHS Alternativo');
    serviceId = randomUUID();
    const published = await graphql(
      PUBLISH_SERVICE,
      {
        input: {
          id: serviceId,
          organisationId: receiver,
          name: `Atención a sobrevivientes ${run}`,
          description: 'Gestión de casos de violencia basada en género.',
          languages: ['es'],
          sectors: [{ sector: 'PRO', subSector: 'GBV' }],
          locations: [{ name: 'Oficina Lima', address1: 'Av. Arequipa 100', pcode: 'PE150101' }],
        },
      },
      admin,
    );
    expect(published.errors).toBeUndefined();
  });

  it('sends and accepts a referral, shows the receiver the personal data, and publishes none of it', async () => {
    const senderWorker = await devToken(['PARTNER_REPORTER'], sender, `worker-${run}-sender`);
    const receiverWorker = await devToken(['PARTNER_REPORTER'], receiver, `worker-${run}-receiver`);
    // The directory's events reach the referrals replicas through Kafka.
    await eventually(async () => {
      const receivers = await graphql<{ referralReceivers: { nodes: { serviceId: string }[] } }>(
        RECEIVERS,
        { filter: { sector: 'PRO', subSector: 'GBV', pcode: 'PE15' } },
        senderWorker,
      );
      expect(receivers.data?.referralReceivers.nodes.map((node) => node.serviceId)).toContain(serviceId);
    });

    const registered = await graphql<{ registerCase: { id: string } }>(
      REGISTER_CASE,
      {
        input: {
          personalData: {
            givenNames: PERSON.givenNames,
            familyNames: PERSON.familyNames,
            dateOfBirth: '1988-02-17',
            nationality: 'VEN',
            document: { type: 'PASSPORT', number: PERSON.documentNumber },
            phone: PERSON.phone,
            languages: ['es'],
          },
        },
      },
      senderWorker,
    );
    expect(registered.errors).toBeUndefined();
    const caseId = registered.data!.registerCase.id;
    const consent = await graphql<{ recordConsent: { id: string } }>(
      RECORD_CONSENT,
      {
        input: {
          caseId,
          givenBy: 'PERSON',
          recipientOrganisationIds: [receiver],
          purposes: ['REFERRAL', 'CASE_MANAGEMENT'],
          method: 'WRITTEN',
          givenAt: new Date().toISOString(),
        },
      },
      senderWorker,
    );
    expect(consent.errors).toBeUndefined();
    await eventually(async () => {
      const sent = await graphql<{ sendReferral: { id: string; status: string; receivingOrganisationId: string } }>(
        SEND,
        {
          input: {
            caseId,
            consentId: consent.data!.recordConsent.id,
            serviceId,
            sector: 'PRO',
            subSector: 'GBV',
            reason: REASON,
            priority: 'URGENT',
            placePcode: 'PE150101',
          },
        },
        senderWorker,
      );
      // The receiving organisation reaches the referrals replica through Kafka too.
      expect(sent.errors).toBeUndefined();
      expect(sent.data!.sendReferral).toMatchObject({ status: 'SENT', receivingOrganisationId: receiver });
    });
    const incoming = await graphql<{ incomingReferrals: { nodes: { id: string; caseId: string; reason: string }[] } }>(
      INCOMING,
      {},
      receiverWorker,
    );
    const referral = incoming.data!.incomingReferrals.nodes.find((node) => node.caseId === caseId)!;
    expect(referral).toBeDefined();
    // The reason is sealed in the database and opened for the receiver's case worker.
    expect(referral.reason).toBe(REASON);
    const accepted = await graphql<{ acceptReferral: { status: string } }>(
      ACCEPT,
      { input: { referralId: referral.id } },
      receiverWorker,
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptReferral.status).toBe('ACCEPTED');
    const read = await graphql<{ casePersonalData: { personalData: { givenNames: string; phone: string } } }>(
      PERSONAL_DATA,
      { caseId },
      receiverWorker,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.casePersonalData.personalData).toMatchObject({
      givenNames: PERSON.givenNames,
      phone: PERSON.phone,
    });

    // Nobody else sees the person: not a coordinator, not a platform admin, who sees the audit instead.
    const coordinator = await devToken(['SECTOR_COORDINATOR'], null, `coordinator-${run}`);
    expect(errorCodes(await graphql(PERSONAL_DATA, { caseId }, coordinator))).toEqual(['AUTH.FORBIDDEN']);
    const admin = await devToken(['PLATFORM_ADMIN'], null, `admin-${run}`);
    expect(errorCodes(await graphql(PERSONAL_DATA, { caseId }, admin))).toEqual(['AUTH.FORBIDDEN']);
    const audit = await graphql<{ personalDataAccessLog: { nodes: { organisationId: string; purpose: string }[] } }>(
      AUDIT,
      { caseId },
      admin,
    );
    expect(audit.errors).toBeUndefined();
    expect(audit.data!.personalDataAccessLog.nodes[0]).toMatchObject({
      organisationId: receiver,
      purpose: 'SERVICE_DELIVERY',
    });

    // Wait until the acceptance is on Kafka, then read every message on every topic of the run,
    // dead-letter topics included.
    const kafka = testKafkaClient('e2e-referrals-leak-check');
    await eventually(async () => {
      const onTopic = await allMessages(kafka, 'referrals.referral');
      const accepted = onTopic.some((message) => {
        const value = message.value?.toString() ?? '';
        return value.includes(referral.id) && value.includes('referral.accepted');
      });
      expect(accepted).toBe(true);
    });
    const texts: string[] = [];
    for (const topic of allTopicDefinitions()) {
      for (const message of await allMessages(kafka, topic.name)) {
        texts.push(`${message.key?.toString() ?? ''} ${message.value?.toString() ?? ''}`);
      }
    }
    const everything = texts.join('\n').toLowerCase();
    expect(everything).toContain(caseId);
    const secrets = [
      ...PERSON.givenNames.split(' '),
      ...PERSON.familyNames.split(' '),
      PERSON.documentNumber,
      PERSON.phone,
      PERSON.phone.slice(3),
      REASON,
    ];
    for (const secret of secrets) {
      expect({ secret, found: everything.includes(secret.toLowerCase()) }).toEqual({ secret, found: false });
    }
  }, 180_000);
});
