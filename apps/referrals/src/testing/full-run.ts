import { ForwardReferralUseCase } from '../referrals/forward-referral/forward-referral.use-case';
import { forwardReferralSchema } from '../referrals/forward-referral/forward-referral.input';
import { OverdueSweeper } from '../referrals/overdue/overdue-sweeper';
import { ReferralTransitionsUseCase } from '../referrals/transitions/referral-transitions.use-case';
import { RevokeConsentUseCase } from '../consents/revoke-consent/revoke-consent.use-case';
import { ReadPersonalDataUseCase } from '../access/read-personal-data/read-personal-data.use-case';
import { accept, caseWithConsent, sendToService, type ReferralScenario } from './referral-scenario';
import type { ReferralsTestModule } from './referrals-test-module';

/** Free text the run writes into referrals: sealed like personal data, so never in a dump or an event. */
export const FREE_TEXT_WRITTEN = ['Atendido por la psicóloga', 'Necesita albergue', 'Rechazo: sin cupo en marzo'];

/**
 * Every kind of referral event, for both test persons: sent, accepted, completed, rejected,
 * withdrawn, forwarded, overdue and a consent revoked, with personal data read along the way.
 * Returns the ids the events are keyed by.
 */
export async function runEveryTransition(app: ReferralsTestModule, scenario: ReferralScenario): Promise<Set<string>> {
  const keys = new Set<string>();
  const transitions = app.get(ReferralTransitionsUseCase);
  const adult = await caseWithConsent(app, scenario, 'adult', [scenario.receiver, scenario.third]);
  const child = await caseWithConsent(app, scenario, 'child');

  const completed = await sendToService(app, scenario, adult);
  await accept(app, completed.id, scenario.receiverWorker);
  await app
    .get(ReadPersonalDataUseCase)
    .execute({ caseId: adult.caseId, purpose: 'SERVICE_DELIVERY' }, scenario.receiverWorker);
  await transitions.complete(
    { referralId: completed.id, outcome: 'SERVICE_PROVIDED', feedback: FREE_TEXT_WRITTEN[0] },
    scenario.receiverWorker,
    'run',
  );
  const rejected = await sendToService(app, scenario, child);
  await transitions.reject(
    { referralId: rejected.id, reason: 'NO_CAPACITY', note: FREE_TEXT_WRITTEN[2] },
    scenario.receiverWorker,
    'run',
  );
  const withdrawn = await sendToService(app, scenario, child);
  await transitions.withdraw({ referralId: withdrawn.id }, scenario.senderWorker, 'run');
  const forwardedFrom = await sendToService(app, scenario, adult);
  await accept(app, forwardedFrom.id, scenario.receiverWorker);
  const { created } = await app.get(ForwardReferralUseCase).execute(
    forwardReferralSchema.parse({
      referralId: forwardedFrom.id,
      consentId: adult.consentId,
      receivingOrganisationId: scenario.third,
      sector: 'PRO',
      reason: FREE_TEXT_WRITTEN[1],
      priority: 'EMERGENCY',
      placePcode: 'PE15',
    }),
    scenario.receiverWorker,
    'run',
  );
  app.clock.advanceHours(25);
  await app.get(OverdueSweeper).sweep();
  await app.get(RevokeConsentUseCase).execute({ consentId: child.consentId }, scenario.senderWorker, 'run');
  for (const id of [completed.id, rejected.id, withdrawn.id, forwardedFrom.id, created.id, child.consentId])
    keys.add(id);
  return keys;
}
