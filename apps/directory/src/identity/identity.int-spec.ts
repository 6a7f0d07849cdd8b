import { createHash, generateKeyPairSync, randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import {
  AccessTokenIssuer,
  TokenVerifier,
  jsonWebKeySet,
  publishedKeyOf,
  unscopedGrants,
  type Role,
  type Viewer,
} from '@coordination/auth';
import { EventContractViolation } from '@coordination/contracts';
import { EventPublisher, OutboxRelay } from '@coordination/messaging';
import { createTestDatabase, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { directoryDataSourceOptions } from '../database/directory-data-source';
import { IdentityTokens } from './identity-tokens';
import { GrantRoleUseCase } from './roles/grant-role/grant-role.use-case';
import { grantRoleSchema } from './roles/grant-role/grant-role.input';
import { RevokeRoleUseCase } from './roles/revoke-role/revoke-role.use-case';
import { IdentityHousekeeping } from './housekeeping/identity-housekeeping';
import { LoginThrottle, accountKey } from './sessions/login/login-throttle';
import { LoginUseCase } from './sessions/login/login.use-case';
import { LogoutUseCase } from './sessions/logout/logout.use-case';
import { RefreshSessionUseCase } from './sessions/refresh-session/refresh-session.use-case';
import { SessionIssuer } from './sessions/session-issuer';
import { RegisterUserUseCase } from './users/register-user/register-user.use-case';

const AUDIENCE = { issuer: 'coordination-test', audience: 'coordination-platform' };
const ACCESS_TOKEN_SECONDS = 900;
const REFRESH_TOKEN_SECONDS = 30 * 24 * 60 * 60;
const STRONG_PASSWORD = 'Quebrada-de-Lurin-2025';

interface RefusalDetails {
  code: unknown;
  field: unknown;
  message: string;
}

/** The stable code, field and message a use case refused with. */
async function refusalOf(attempt: Promise<unknown>): Promise<RefusalDetails> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof GraphQLError) {
      return { code: error.extensions.code, field: error.extensions.field, message: error.message };
    }
    throw error;
  }
  throw new Error('expected the use case to refuse');
}

function viewer(roles: Role[], organisationId: string | null = null): Viewer {
  return { userId: randomUUID(), organisationId, roles, grants: unscopedGrants(roles) };
}

describe('identity on PostgreSQL: accounts, sessions and role grants', () => {
  let database: TestDatabase;
  let verifier: TokenVerifier;
  let registerUser: RegisterUserUseCase;
  let login: LoginUseCase;
  let refresh: RefreshSessionUseCase;
  let logout: LogoutUseCase;
  let grantRole: GrantRoleUseCase;
  let revokeRole: RevokeRoleUseCase;
  let housekeeping: IdentityHousekeeping;
  const platformAdmin = viewer(['PLATFORM_ADMIN']);
  const caritas = randomUUID();
  const hias = randomUUID();

  beforeAll(async () => {
    database = await createTestDatabase('identity', directoryDataSourceOptions);
    const { dataSource } = database;
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const key = { privateKey, publicKey: await publishedKeyOf(publicKey) };
    const tokens = new IdentityTokens(
      new AccessTokenIssuer(key, AUDIENCE, ACCESS_TOKEN_SECONDS),
      REFRESH_TOKEN_SECONDS,
    );
    verifier = TokenVerifier.forKeySet(jsonWebKeySet(key.publicKey), AUDIENCE);
    // The relay is never started: events stay in the outbox, where these tests read them.
    const events = new EventPublisher(new OutboxRelay(dataSource, testKafkaClient('identity-test')));
    const sessions = new SessionIssuer(tokens);
    registerUser = new RegisterUserUseCase(dataSource, events);
    login = new LoginUseCase(dataSource, tokens, sessions, new LoginThrottle(dataSource));
    housekeeping = new IdentityHousekeeping(dataSource);
    refresh = new RefreshSessionUseCase(dataSource, tokens, sessions);
    logout = new LogoutUseCase(dataSource);
    grantRole = new GrantRoleUseCase(dataSource, events);
    revokeRole = new RevokeRoleUseCase(dataSource, events);
    for (const [id, name] of [
      [caritas, 'Cáritas del Perú'],
      [hias, 'HIAS Perú'],
    ]) {
      await dataSource.query(
        `INSERT INTO organisation (id, name, type, registered_by) VALUES ($1, $2, 'NNGO', 'test')`,
        [id, name],
      );
    }
  });

  afterAll(async () => {
    await database.drop();
  });

  async function count(table: 'user_account' | 'role_grant' | 'refresh_token' | 'outbox_message'): Promise<number> {
    const [{ rows }] = await database.dataSource.query(`SELECT count(*)::int AS rows FROM ${table}`);
    return rows;
  }

  async function eventsAbout(userId: string): Promise<{ type: string; data: Record<string, unknown>; json: string }[]> {
    const rows: { event_type: string; payload: { data: Record<string, unknown> } }[] = await database.dataSource.query(
      `SELECT event_type, payload FROM outbox_message WHERE message_key = $1 AND topic = 'directory.user' ORDER BY position`,
      [userId],
    );
    return rows.map((row) => ({ type: row.event_type, data: row.payload.data, json: JSON.stringify(row.payload) }));
  }

  async function familyOf(
    refreshToken: string,
  ): Promise<{ id: string; revoked_at: Date | null; replaced_by: string }[]> {
    const hash = createHash('sha256').update(refreshToken).digest('hex');
    return database.dataSource.query(
      `SELECT id, revoked_at, replaced_by FROM refresh_token
        WHERE family_id = (SELECT family_id FROM refresh_token WHERE token_hash = $1) ORDER BY created_at, id`,
      [hash],
    );
  }

  let accountCounter = 0;
  async function newAccount(organisationId = caritas, actor: Viewer = platformAdmin) {
    accountCounter += 1;
    const email = `persona.${accountCounter}.${randomUUID().slice(0, 8)}@example.org`;
    const command = { organisationId, email, displayName: `Persona ${accountCounter}`, password: STRONG_PASSWORD };
    const user = await registerUser.execute(command, actor, randomUUID());
    return { user, email };
  }

  describe('registering, logging in and refreshing', () => {
    it('registers a user with a hashed password and an event holding ids only', async () => {
      const email = 'Maria.Quispe@Caritas.org.pe';
      const command = { organisationId: caritas, email, displayName: 'María Quispe', password: STRONG_PASSWORD };
      const user = await registerUser.execute(command, platformAdmin, 'correlation-register');

      const [row] = await database.dataSource.query('SELECT * FROM user_account WHERE id = $1', [user.id]);
      expect(row).toMatchObject({ organisation_id: caritas, email, display_name: 'María Quispe', status: 'active' });
      expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(row.password_hash).not.toContain(STRONG_PASSWORD);

      const events = await eventsAbout(user.id);
      expect(events.map((event) => event.type)).toEqual(['org.coordination.directory.user.registered.v1']);
      expect(Object.keys(events[0].data).sort()).toEqual(['organisationId', 'registeredAt', 'userId']);
      expect(events[0].json.toLowerCase()).not.toContain('quispe');
      expect(events[0].json).not.toContain('@');
    });

    it('logs in whatever the case of the e-mail, with a token naming the user and organisation', async () => {
      const { user, email } = await newAccount();
      const session = await login.execute({ email: email.toUpperCase(), password: STRONG_PASSWORD });
      expect(session).toMatchObject({ tokenType: 'Bearer', expiresIn: ACCESS_TOKEN_SECONDS });
      expect(Buffer.from(session.refreshToken, 'base64url')).toHaveLength(32);
      expect(await verifier.verify(session.accessToken)).toEqual({
        userId: user.id,
        organisationId: caritas,
        roles: [],
        grants: [],
      });
      // Stored as a hash only: the table alone cannot be replayed as sessions.
      const stored: { token_hash: string }[] = await database.dataSource.query(
        'SELECT token_hash FROM refresh_token WHERE user_id = $1',
        [user.id],
      );
      expect(stored).toEqual([{ token_hash: createHash('sha256').update(session.refreshToken).digest('hex') }]);
    });

    it('answers a wrong password, an unknown e-mail and a disabled account alike', async () => {
      const { user, email } = await newAccount();
      const wrongPassword = await refusalOf(login.execute({ email, password: `${STRONG_PASSWORD}!` }));
      const unknownEmail = await refusalOf(login.execute({ email: 'nadie@example.org', password: STRONG_PASSWORD }));
      await database.dataSource.query(`UPDATE user_account SET status = 'disabled' WHERE id = $1`, [user.id]);
      const disabled = await refusalOf(login.execute({ email, password: STRONG_PASSWORD }));
      expect(wrongPassword.code).toBe('AUTH.INVALID_CREDENTIALS');
      expect(unknownEmail).toEqual(wrongPassword);
      expect(disabled).toEqual(wrongPassword);
    });

    it('rotates the refresh token on every use, and a reused one revokes its whole family', async () => {
      const { email } = await newAccount();
      const first = await login.execute({ email, password: STRONG_PASSWORD });
      const second = await refresh.execute({ refreshToken: first.refreshToken });
      const third = await refresh.execute({ refreshToken: second.refreshToken });
      expect(new Set([first.refreshToken, second.refreshToken, third.refreshToken]).size).toBe(3);
      await expect(verifier.verify(third.accessToken)).resolves.toMatchObject({ organisationId: caritas });

      const family = await familyOf(first.refreshToken);
      expect(family).toHaveLength(3);
      expect(family[0]).toMatchObject({ replaced_by: family[1].id });
      expect(family[1]).toMatchObject({ replaced_by: family[2].id });
      expect(family.map((token) => token.revoked_at !== null)).toEqual([true, true, false]);

      // The first token again: someone kept a copy. Refused, and the live token dies with its family.
      expect((await refusalOf(refresh.execute({ refreshToken: first.refreshToken }))).code).toBe(
        'AUTH.INVALID_REFRESH_TOKEN',
      );
      expect((await familyOf(first.refreshToken)).every((token) => token.revoked_at !== null)).toBe(true);
      expect((await refusalOf(refresh.execute({ refreshToken: third.refreshToken }))).code).toBe(
        'AUTH.INVALID_REFRESH_TOKEN',
      );

      // Another session of the same user is another family, untouched.
      const elsewhere = await login.execute({ email, password: STRONG_PASSWORD });
      await expect(refresh.execute({ refreshToken: elsewhere.refreshToken })).resolves.toMatchObject({
        tokenType: 'Bearer',
      });
    });

    it('lets only one of two simultaneous refreshes with the same token through', async () => {
      const { email } = await newAccount();
      const session = await login.execute({ email, password: STRONG_PASSWORD });
      const outcomes = await Promise.allSettled([
        refresh.execute({ refreshToken: session.refreshToken }),
        refresh.execute({ refreshToken: session.refreshToken }),
      ]);
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    });

    it('refuses unknown and expired refresh tokens, and those of a disabled user', async () => {
      expect((await refusalOf(refresh.execute({ refreshToken: 'made-up' }))).code).toBe('AUTH.INVALID_REFRESH_TOKEN');

      const { user, email } = await newAccount();
      const expired = await login.execute({ email, password: STRONG_PASSWORD });
      await database.dataSource.query(
        `UPDATE refresh_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
        [user.id],
      );
      expect((await refusalOf(refresh.execute({ refreshToken: expired.refreshToken }))).code).toBe(
        'AUTH.INVALID_REFRESH_TOKEN',
      );

      const live = await login.execute({ email, password: STRONG_PASSWORD });
      await database.dataSource.query(`UPDATE user_account SET status = 'disabled' WHERE id = $1`, [user.id]);
      expect((await refusalOf(refresh.execute({ refreshToken: live.refreshToken }))).code).toBe(
        'AUTH.INVALID_REFRESH_TOKEN',
      );
    });

    it('logs out the whole session, harmlessly twice, and refuses a token it never issued', async () => {
      const { email } = await newAccount();
      const session = await login.execute({ email, password: STRONG_PASSWORD });
      const rotated = await refresh.execute({ refreshToken: session.refreshToken });
      await logout.execute({ refreshToken: rotated.refreshToken });
      await logout.execute({ refreshToken: rotated.refreshToken });
      expect((await familyOf(session.refreshToken)).every((token) => token.revoked_at !== null)).toBe(true);
      expect((await refusalOf(refresh.execute({ refreshToken: rotated.refreshToken }))).code).toBe(
        'AUTH.INVALID_REFRESH_TOKEN',
      );
      expect((await refusalOf(logout.execute({ refreshToken: 'never-issued' }))).code).toBe(
        'AUTH.INVALID_REFRESH_TOKEN',
      );
    });
  });

  describe('granting and revoking roles', () => {
    it('records each change with its event in the outbox, carries grants in tokens, and never names the person', async () => {
      const { user, email } = await newAccount();
      const command = grantRoleSchema.parse({
        userId: user.id,
        role: 'SECTOR_COORDINATOR',
        sector: 'EDU',
        regionPcode: 'PE15',
      });
      const grant = await grantRole.execute(command, platformAdmin, 'correlation-grant');
      const again = await grantRole.execute(command, platformAdmin, 'correlation-grant-again');
      expect(again.id).toBe(grant.id);

      const session = await login.execute({ email, password: STRONG_PASSWORD });
      expect(await verifier.verify(session.accessToken)).toMatchObject({
        roles: ['SECTOR_COORDINATOR'],
        grants: [{ role: 'SECTOR_COORDINATOR', sector: 'EDU', region: 'PE15' }],
      });

      await revokeRole.execute({ grantId: grant.id }, platformAdmin, 'correlation-revoke');
      await revokeRole.execute({ grantId: grant.id }, platformAdmin, 'correlation-revoke-again');
      const refreshed = await refresh.execute({ refreshToken: session.refreshToken });
      expect(await verifier.verify(refreshed.accessToken)).toMatchObject({ roles: [], grants: [] });

      const events = await eventsAbout(user.id);
      expect(events.map((event) => event.type)).toEqual([
        'org.coordination.directory.user.registered.v1',
        'org.coordination.directory.user.role-granted.v1',
        'org.coordination.directory.user.role-revoked.v1',
      ]);
      expect(events[1].data).toEqual({
        userId: user.id,
        organisationId: caritas,
        grantId: grant.id,
        role: 'SECTOR_COORDINATOR',
        sector: 'EDU',
        regionPcode: 'PE15',
        grantedAt: grant.grantedAt.toISOString(),
        grantedBy: platformAdmin.userId,
      });
      expect(events[2].data).toMatchObject({ userId: user.id, grantId: grant.id, revokedBy: platformAdmin.userId });
      for (const event of events) {
        expect(event.json).not.toContain(email);
        expect(event.json).not.toContain('@');
        expect(event.json).not.toContain('Persona');
      }
    });

    it('keeps a developer e-mail used as a user id out of the events', async () => {
      const { user } = await newAccount();
      const developer = { ...platformAdmin, userId: 'dev.admin@example.org' };
      await grantRole.execute(grantRoleSchema.parse({ userId: user.id, role: 'GOVERNMENT_VIEWER' }), developer, 'c');
      const [, granted] = await eventsAbout(user.id);
      expect(granted.data.grantedBy).toMatch(/^sha256:[0-9a-f]{32}$/);
      expect(granted.json).not.toContain('@');
    });

    it('lets a partner admin manage partner roles of its own organisation only', async () => {
      const partnerAdmin = viewer(['PARTNER_ADMIN'], caritas);
      const { user: colleague } = await newAccount(caritas, partnerAdmin);
      const { user: stranger } = await newAccount(hias);

      const granted = await grantRole.execute(
        grantRoleSchema.parse({ userId: colleague.id, role: 'PARTNER_REPORTER' }),
        partnerAdmin,
        'c',
      );
      expect(granted.role).toBe('PARTNER_REPORTER');
      const before = await count('role_grant');
      const refusals = await Promise.all([
        refusalOf(
          grantRole.execute(
            grantRoleSchema.parse({ userId: colleague.id, role: 'SECTOR_COORDINATOR', sector: 'PRO' }),
            partnerAdmin,
            'c',
          ),
        ),
        refusalOf(
          grantRole.execute(
            grantRoleSchema.parse({ userId: stranger.id, role: 'PARTNER_REPORTER' }),
            partnerAdmin,
            'c',
          ),
        ),
        refusalOf(
          registerUser.execute(
            { organisationId: hias, email: 'otra@hias.org', displayName: 'Otra', password: STRONG_PASSWORD },
            partnerAdmin,
            'c',
          ),
        ),
        refusalOf(
          registerUser.execute(
            { organisationId: caritas, email: 'otra@caritas.org', displayName: 'Otra', password: STRONG_PASSWORD },
            viewer(['PARTNER_REPORTER'], caritas),
            'c',
          ),
        ),
      ]);
      expect(refusals.map((refusal) => refusal.code)).toEqual([
        'AUTH.FORBIDDEN',
        'AUTH.FORBIDDEN',
        'AUTH.FORBIDDEN',
        'AUTH.FORBIDDEN',
      ]);
      expect(await count('role_grant')).toBe(before);
      await revokeRole.execute({ grantId: granted.id }, partnerAdmin, 'c');
    });

    it('refuses an unknown user or grant with its code and field', async () => {
      const unknownUser = await refusalOf(
        grantRole.execute(grantRoleSchema.parse({ userId: randomUUID(), role: 'PARTNER_ADMIN' }), platformAdmin, 'c'),
      );
      expect(unknownUser).toMatchObject({ code: 'USER.NOT_FOUND', field: 'input.userId' });
      const unknownGrant = await refusalOf(revokeRole.execute({ grantId: randomUUID() }, platformAdmin, 'c'));
      expect(unknownGrant).toMatchObject({ code: 'ROLE.GRANT_NOT_FOUND', field: 'input.grantId' });
    });

    it('writes no grant when its event cannot be recorded (one transaction)', async () => {
      const { user } = await newAccount();
      const before = { grants: await count('role_grant'), outbox: await count('outbox_message') };
      // The event contract caps grantedBy at 200 characters: the event is refused after the grant's insert.
      const overlong = { ...platformAdmin, userId: 'x'.repeat(201) };
      await expect(
        grantRole.execute(grantRoleSchema.parse({ userId: user.id, role: 'PARTNER_REPORTER' }), overlong, 'c'),
      ).rejects.toBeInstanceOf(EventContractViolation);
      expect({ grants: await count('role_grant'), outbox: await count('outbox_message') }).toEqual(before);
    });
  });

  describe('refusing bad registrations', () => {
    const attempts: [string, Record<string, string>, { code: string; field: string }][] = [
      ['a short password', { password: 'Corta-2025' }, { code: 'AUTH.WEAK_PASSWORD', field: 'input.password' }],
      ['a common password', { password: 'Password1234' }, { code: 'AUTH.WEAK_PASSWORD', field: 'input.password' }],
      [
        'a password containing the e-mail',
        { email: 'rosa.huaman@example.org', password: 'soy-rosa.huaman-2025' },
        { code: 'AUTH.WEAK_PASSWORD', field: 'input.password' },
      ],
      [
        'a taken e-mail in another case',
        { email: 'YA.REGISTRADA@example.org' },
        { code: 'USER.EMAIL_TAKEN', field: 'input.email' },
      ],
      [
        'an unknown organisation',
        { organisationId: '00000000-0000-4000-8000-000000000000' },
        { code: 'ORGANISATION.NOT_FOUND', field: 'input.organisationId' },
      ],
    ];

    beforeAll(async () => {
      const taken = { organisationId: hias, email: 'ya.registrada@example.org', displayName: 'Ya Registrada' };
      await registerUser.execute({ ...taken, password: STRONG_PASSWORD }, platformAdmin, 'c');
    });

    it.each(attempts)('refuses %s, writing nothing', async (_case, change, expected) => {
      const command = {
        organisationId: caritas,
        email: `nueva.${randomUUID().slice(0, 8)}@example.org`,
        displayName: 'Nueva Persona',
        password: STRONG_PASSWORD,
        ...change,
      };
      const before = { users: await count('user_account'), outbox: await count('outbox_message') };
      expect(await refusalOf(registerUser.execute(command, platformAdmin, 'c'))).toMatchObject(expected);
      expect({ users: await count('user_account'), outbox: await count('outbox_message') }).toEqual(before);
    });
  });
  describe('throttling password guessing and pruning old rows', () => {
    const wrong = `${STRONG_PASSWORD}?`;

    it('locks an account after five wrong passwords, even against the right one, and no other account', async () => {
      const { email } = await newAccount();
      const { email: neighbour } = await newAccount();
      for (let attempt = 1; attempt <= 5; attempt++) {
        expect((await refusalOf(login.execute({ email, password: wrong }))).code).toBe('AUTH.INVALID_CREDENTIALS');
      }
      const locked = await refusalOf(login.execute({ email: email.toUpperCase(), password: STRONG_PASSWORD }));
      expect(locked).toMatchObject({ code: 'AUTH.TOO_MANY_ATTEMPTS', field: 'input.email' });
      expect(locked.message).toMatch(/try again in 15 minute/);
      await expect(login.execute({ email: neighbour, password: STRONG_PASSWORD })).resolves.toHaveProperty(
        'accessToken',
      );
    });

    it('throttles an unknown address exactly like a known one', async () => {
      const email = `nadie.${randomUUID().slice(0, 8)}@example.org`;
      for (let attempt = 1; attempt <= 5; attempt++) await refusalOf(login.execute({ email, password: wrong }));
      expect((await refusalOf(login.execute({ email, password: wrong }))).code).toBe('AUTH.TOO_MANY_ATTEMPTS');
    });

    it('lets the account in once the lockout is over, and a success clears the count', async () => {
      const { email } = await newAccount();
      for (let attempt = 1; attempt <= 5; attempt++) await refusalOf(login.execute({ email, password: wrong }));
      await database.dataSource.query(
        `UPDATE login_throttle SET locked_until = now() - interval '1 second', first_failure_at = now() - interval '16 minutes'
          WHERE account_key = $1`,
        [accountKey(email)],
      );
      await expect(login.execute({ email, password: STRONG_PASSWORD })).resolves.toHaveProperty('accessToken');
      const left = await database.dataSource.query(`SELECT 1 FROM login_throttle WHERE account_key = $1`, [
        accountKey(email),
      ]);
      expect(left).toEqual([]);
    });

    it('counts failures again from one after a quiet window, so scattered typos never lock anyone', async () => {
      const { email } = await newAccount();
      for (let attempt = 1; attempt <= 4; attempt++) await refusalOf(login.execute({ email, password: wrong }));
      await database.dataSource.query(
        `UPDATE login_throttle SET first_failure_at = now() - interval '20 minutes' WHERE account_key = $1`,
        [accountKey(email)],
      );
      await refusalOf(login.execute({ email, password: wrong }));
      const [row] = await database.dataSource.query(
        `SELECT failures, locked_until FROM login_throttle WHERE account_key = $1`,
        [accountKey(email)],
      );
      expect(row).toEqual({ failures: 1, locked_until: null });
      await expect(login.execute({ email, password: STRONG_PASSWORD })).resolves.toHaveProperty('accessToken');
    });

    it('prunes refresh tokens a day past expiry and finished failure counts, keeping live ones', async () => {
      const { user, email } = await newAccount();
      const live = await login.execute({ email, password: STRONG_PASSWORD });
      const stale = await login.execute({ email, password: STRONG_PASSWORD });
      const staleHash = createHash('sha256').update(stale.refreshToken).digest('hex');
      await database.dataSource.query(
        `UPDATE refresh_token SET expires_at = now() - interval '2 days' WHERE token_hash = $1`,
        [staleHash],
      );
      const oldEmail = `viejo.${randomUUID().slice(0, 8)}@example.org`;
      await refusalOf(login.execute({ email: oldEmail, password: wrong }));
      await database.dataSource.query(
        `UPDATE login_throttle SET first_failure_at = now() - interval '1 hour' WHERE account_key = $1`,
        [accountKey(oldEmail)],
      );

      const pruned = await housekeeping.prune();

      expect(pruned.refreshTokens).toBeGreaterThanOrEqual(1);
      expect(pruned.loginThrottles).toBeGreaterThanOrEqual(1);
      const tokens: { token_hash: string }[] = await database.dataSource.query(
        `SELECT token_hash FROM refresh_token WHERE user_id = $1`,
        [user.id],
      );
      expect(tokens).toEqual([{ token_hash: createHash('sha256').update(live.refreshToken).digest('hex') }]);
      const throttles = await database.dataSource.query(`SELECT 1 FROM login_throttle WHERE account_key = $1`, [
        accountKey(oldEmail),
      ]);
      expect(throttles).toEqual([]);
    });
  });
});
