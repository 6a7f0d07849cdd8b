import { GraphQLError } from 'graphql';
import type { Role } from '@coordination/auth';
import { createTestDatabase, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { recordConsentSchema } from '../consents/record-consent/record-consent.input';
import { RecordConsentUseCase } from '../consents/record-consent/record-consent.use-case';
import { referralsDataSourceOptions } from '../database/referrals-data-source';
import { ReferralReader } from '../referrals/referral-reader';
import { ReferralTransitionsUseCase } from '../referrals/transitions/referral-transitions.use-case';
import { caseWithConsent, sendToService, setUpScenario, type ReferralScenario } from '../testing/referral-scenario';
import { startReferralsTestModule, viewerWith, type ReferralsTestModule } from '../testing/referrals-test-module';
import { ReadPersonalDataUseCase } from './read-personal-data/read-personal-data.use-case';

const ROLES: Role[] = [
  'PARTNER_REPORTER',
  'PARTNER_ADMIN',
  'SECTOR_COORDINATOR',
  'PLATFORM_ADMIN',
  'GOVERNMENT_VIEWER',
];
const RELATIONS = ['sender', 'receiver', 'other'] as const;
const ACTIONS = ['read personal data', 'read the referral', 'accept', 'withdraw', 'record a consent'] as const;

type Relation = (typeof RELATIONS)[number];
type Action = (typeof ACTIONS)[number];

const CASE_WORKER: readonly Role[] = ['PARTNER_REPORTER', 'PARTNER_ADMIN'];

/** The rule under test, spelled out: only case workers, and only on their side of the referral. */
function expected(role: Role, relation: Relation, action: Action): boolean {
  if (!CASE_WORKER.includes(role)) return false;
  switch (action) {
    case 'read personal data':
    case 'read the referral':
      return relation !== 'other';
    case 'accept':
      return relation === 'receiver';
    case 'withdraw':
    case 'record a consent':
      return relation === 'sender';
  }
}

const TABLE = ROLES.flatMap((role) =>
  RELATIONS.flatMap((relation) =>
    ACTIONS.map((action) => [role, relation, action, expected(role, relation, action)] as const),
  ),
);

describe('access to referrals and personal data: role x organisation relation x action (real PostgreSQL)', () => {
  let database: TestDatabase;
  let app: ReferralsTestModule;
  let scenario: ReferralScenario;

  beforeAll(async () => {
    database = await createTestDatabase('referrals_access', referralsDataSourceOptions);
    app = await startReferralsTestModule(database, testKafkaClient('referrals-access'));
    scenario = await setUpScenario(database.dataSource);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('has at least 60 cases', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });

  async function auditCount(caseId: string): Promise<number> {
    const rows = await database.dataSource.query(
      `SELECT count(*)::int AS n FROM personal_data_access WHERE case_id = $1 AND purpose = 'REFERRAL_REVIEW'`,
      [caseId],
    );
    return rows[0].n;
  }

  it.each(TABLE)('%s of the %s organisation: %s -> allowed %s', async (role, relation, action, allowed) => {
    const references = await caseWithConsent(app, scenario);
    const referral = await sendToService(app, scenario, references);
    const organisation = { sender: scenario.sender, receiver: scenario.receiver, other: scenario.third }[relation];
    const viewer = viewerWith(
      role,
      organisation,
      role === 'SECTOR_COORDINATOR' ? { sector: 'PRO', region: null } : undefined,
    );
    const attempt = async (): Promise<unknown> => {
      switch (action) {
        case 'read personal data':
          return app
            .get(ReadPersonalDataUseCase)
            .execute({ caseId: references.caseId, purpose: 'REFERRAL_REVIEW' }, viewer);
        case 'read the referral': {
          const seen = await app.get(ReferralReader).referral(referral.id, viewer);
          if (!seen) throw new Error('not visible');
          return seen;
        }
        case 'accept':
          return app.get(ReferralTransitionsUseCase).accept({ referralId: referral.id }, viewer, 'c');
        case 'withdraw':
          return app.get(ReferralTransitionsUseCase).withdraw({ referralId: referral.id }, viewer, 'c');
        case 'record a consent':
          return app.get(RecordConsentUseCase).execute(
            recordConsentSchema.parse({
              caseId: references.caseId,
              givenBy: 'PERSON',
              recipientOrganisationIds: [scenario.third],
              purposes: ['REFERRAL'],
              method: 'DIGITAL',
              givenAt: app.clock.now(),
            }),
            viewer,
          );
      }
    };
    const outcome = await attempt().then(
      () => 'allowed',
      (error: unknown) => (error instanceof GraphQLError ? String(error.extensions.code) : String(error)),
    );
    // A refusal is a stable code (or an invisible referral), never a crash.
    expect(outcome).toMatch(allowed ? /^allowed$/ : /^(AUTH\.FORBIDDEN|REFERRALS\.[A-Z_]+|Error: not visible)$/);
    // Every read of personal data is audited; a refused one reveals and records nothing.
    if (action === 'read personal data') expect(await auditCount(references.caseId)).toBe(allowed ? 1 : 0);
    // A refused action leaves the referral as it was.
    if (!allowed && (action === 'accept' || action === 'withdraw')) {
      const [row] = await database.dataSource.query(`SELECT status FROM referral WHERE id = $1`, [referral.id]);
      expect(row.status).toBe('SENT');
    }
  });
});
