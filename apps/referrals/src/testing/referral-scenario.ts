import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { viewerWith } from '@coordination/testing';
import { RegisterCaseUseCase } from '../cases/register-case/register-case.use-case';
import { recordConsentSchema } from '../consents/record-consent/record-consent.input';
import { RecordConsentUseCase } from '../consents/record-consent/record-consent.use-case';
import { sendReferralSchema } from '../referrals/send-referral/send-referral.input';
import { SendReferralUseCase } from '../referrals/send-referral/send-referral.use-case';
import { ReferralTransitionsUseCase } from '../referrals/transitions/referral-transitions.use-case';
import { personalDataOf, type TestPerson } from './persons';
import type { ReferralsTestModule } from './referrals-test-module';
import { insertReplicatedOrganisations, insertReplicatedServices } from './replicas';

/** The reason every scenario referral is sent with (sealed; tests look for it where it must not be). */
export const SENT_REASON = 'Sobreviviente de violencia, necesita atención especializada';

/** Three organisations (sender, receiver, a third), a receiving GBV service, and their case workers. */
export interface ReferralScenario {
  sender: string;
  receiver: string;
  third: string;
  gbvService: string;
  senderWorker: Viewer;
  receiverWorker: Viewer;
  thirdWorker: Viewer;
}

export async function setUpScenario(dataSource: DataSource): Promise<ReferralScenario> {
  const sender = randomUUID();
  const receiver = randomUUID();
  const third = randomUUID();
  const gbvService = randomUUID();
  await insertReplicatedOrganisations(dataSource, [
    { id: sender, name: 'Encuentros SJS' },
    { id: receiver, name: 'CHS Alternativo' },
    { id: third, name: 'Plan International' },
  ]);
  await insertReplicatedServices(dataSource, [
    { id: gbvService, organisationId: receiver, name: 'Atención VBG', sectorCodes: ['PRO', 'PRO/GBV'] },
  ]);
  return {
    sender,
    receiver,
    third,
    gbvService,
    senderWorker: viewerWith('PARTNER_REPORTER', sender),
    receiverWorker: viewerWith('PARTNER_REPORTER', receiver),
    thirdWorker: viewerWith('PARTNER_REPORTER', third),
  };
}

/** Registers a case of `person` at the sender and records the person's consent to share with `recipients`. */
export async function caseWithConsent(
  app: ReferralsTestModule,
  scenario: ReferralScenario,
  person: TestPerson = 'adult',
  recipients: string[] = [scenario.receiver],
): Promise<{ caseId: string; consentId: string }> {
  const registered = await app
    .get(RegisterCaseUseCase)
    .execute({ personalData: personalDataOf(person) }, scenario.senderWorker);
  const consent = await app.get(RecordConsentUseCase).execute(
    recordConsentSchema.parse({
      caseId: registered.id,
      givenBy: person === 'child' ? 'GUARDIAN' : 'PERSON',
      guardianRelationship: person === 'child' ? 'MOTHER' : null,
      recipientOrganisationIds: recipients,
      purposes: ['REFERRAL', 'CASE_MANAGEMENT'],
      method: 'WRITTEN',
      givenAt: app.clock.now(),
    }),
    scenario.senderWorker,
  );
  return { caseId: registered.id, consentId: consent.id };
}

/** Sends a GBV referral of the case to the receiver's service. */
export function sendToService(
  app: ReferralsTestModule,
  scenario: ReferralScenario,
  references: { caseId: string; consentId: string },
  overrides: Record<string, unknown> = {},
) {
  return app.get(SendReferralUseCase).execute(
    sendReferralSchema.parse({
      caseId: references.caseId,
      consentId: references.consentId,
      serviceId: scenario.gbvService,
      sector: 'PRO',
      subSector: 'GBV',
      servicesRequested: ['Acompañamiento psicosocial'],
      reason: SENT_REASON,
      priority: 'URGENT',
      placePcode: 'PE150132',
      ...overrides,
    }),
    scenario.senderWorker,
    'corr-test',
  );
}

export function accept(app: ReferralsTestModule, referralId: string, viewer: Viewer) {
  return app.get(ReferralTransitionsUseCase).accept({ referralId }, viewer, 'corr-test');
}
