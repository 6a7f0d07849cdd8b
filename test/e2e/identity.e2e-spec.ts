import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { SignJWT, decodeProtectedHeader } from 'jose';
import { TokenVerifier } from '@coordination/auth';
import { devToken, errorCodes, graphql } from '../support/gateway-client';

const REGISTER_ORGANISATION = `mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id name } }`;
const REGISTER_USER = `mutation ($input: RegisterUserInput!) {
  registerUser(input: $input) { id email displayName status organisation { id name } }
}`;
const GRANT_ROLE = `mutation ($input: GrantRoleInput!) { grantRole(input: $input) { id userId role sector regionPcode } }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken expiresIn tokenType } }`;
const REFRESH = `mutation ($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken } }`;
const LOGOUT = `mutation ($input: LogoutInput!) { logout(input: $input) }`;
const ME = `{ me { email displayName roles grants { role } organisation { id name } } }`;

interface Session {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  tokenType: string;
}

/** Unique to this run, so the suite also runs against a database that already has data. */
const run = randomUUID().slice(0, 8);
const PASSWORD = 'Pampa-de-Cuevas-2025';

function directoryUrl(): string {
  const urls = JSON.parse(process.env.E2E_SERVICE_URLS ?? '{}') as Record<string, string>;
  if (!urls.directory) throw new Error('E2E_SERVICE_URLS is not set: run end-to-end tests through `npm test`');
  return urls.directory;
}

describe('people and access through the gateway', () => {
  const email = `lucia.mamani.${run}@example.org`;
  let organisation: { id: string; name: string };
  let userId: string;
  let session: Session;

  beforeAll(async () => {
    const admin = await devToken(['PLATFORM_ADMIN']);
    const registered = await graphql<{ registerOrganisation: { id: string; name: string } }>(
      REGISTER_ORGANISATION,
      { input: { name: `Asociación Civil Manos Unidas ${run}`, type: 'MIGRANT_LED' } },
      admin,
    );
    expect(registered.errors).toBeUndefined();
    organisation = registered.data!.registerOrganisation;

    const user = await graphql<{ registerUser: { id: string; organisation: { id: string } } }>(
      REGISTER_USER,
      { input: { organisationId: organisation.id, email, displayName: 'Lucía Mamani', password: PASSWORD } },
      admin,
    );
    expect(user.errors).toBeUndefined();
    expect(user.data!.registerUser).toMatchObject({ status: 'ACTIVE', organisation });
    userId = user.data!.registerUser.id;

    const grant = await graphql(GRANT_ROLE, { input: { userId, role: 'PARTNER_REPORTER' } }, admin);
    expect(grant.errors).toBeUndefined();
    expect(grant.data).toEqual({
      grantRole: { id: expect.any(String), userId, role: 'PARTNER_REPORTER', sector: null, regionPcode: null },
    });

    const login = await graphql<{ login: Session }>(LOGIN, { input: { email, password: PASSWORD } });
    expect(login.errors).toBeUndefined();
    session = login.data!.login;
  });

  it('lets the new user log in and see their organisation', async () => {
    expect(session).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
    const me = await graphql(ME, {}, session.accessToken);
    expect(me.errors).toBeUndefined();
    expect(me.data).toEqual({
      me: {
        email,
        displayName: 'Lucía Mamani',
        roles: ['PARTNER_REPORTER'],
        grants: [{ role: 'PARTNER_REPORTER' }],
        organisation,
      },
    });
  });

  it('refuses a wrong password and an unknown address with the same code, anonymously', async () => {
    const wrong = await graphql(LOGIN, { input: { email, password: `${PASSWORD}?` } });
    const unknown = await graphql(LOGIN, { input: { email: `nadie.${run}@example.org`, password: PASSWORD } });
    expect(errorCodes(wrong)).toEqual(['AUTH.INVALID_CREDENTIALS']);
    expect(unknown.errors).toEqual(wrong.errors);
  });

  it('publishes the signing key as a JWKS that verifies the login tokens, the same kid as development tokens', async () => {
    const response = await fetch(`${directoryUrl()}/.well-known/jwks.json`);
    expect(response.status).toBe(200);
    const jwks = (await response.json()) as { keys: { kid: string; kty: string; alg: string }[] };
    const { kid } = decodeProtectedHeader(session.accessToken);
    expect(jwks.keys).toEqual([expect.objectContaining({ kid, kty: 'RSA', alg: 'RS256', use: 'sig' })]);
    expect(decodeProtectedHeader(await devToken(['GOVERNMENT_VIEWER'])).kid).toBe(kid);

    // What a service pointed at this JWKS (AUTH_JWKS_URL) sees: the same caller.
    const verifier = await TokenVerifier.create({
      issuer: 'coordination-dev',
      audience: 'coordination-platform',
      jwksUrl: `${directoryUrl()}/.well-known/jwks.json`,
    });
    expect(await verifier.verify(session.accessToken)).toMatchObject({
      userId,
      organisationId: organisation.id,
      roles: ['PARTNER_REPORTER'],
    });
  });

  it('rotates the refresh token, and after logout neither token refreshes', async () => {
    const fresh = await graphql<{ login: Session }>(LOGIN, { input: { email, password: PASSWORD } });
    const first = fresh.data!.login;
    const refreshed = await graphql<{ refreshSession: Session }>(REFRESH, {
      input: { refreshToken: first.refreshToken },
    });
    expect(refreshed.errors).toBeUndefined();
    const second = refreshed.data!.refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await graphql(ME, {}, second.accessToken)).errors).toBeUndefined();

    expect(await graphql(LOGOUT, { input: { refreshToken: second.refreshToken } })).toMatchObject({
      data: { logout: true },
    });
    for (const refreshToken of [first.refreshToken, second.refreshToken]) {
      expect(errorCodes(await graphql(REFRESH, { input: { refreshToken } }))).toEqual(['AUTH.INVALID_REFRESH_TOKEN']);
    }
  });

  it('lets a partner reporter neither register users nor grant roles', async () => {
    const input = { organisationId: organisation.id, email: `otro.${run}@example.org`, displayName: 'Otro' };
    const registerAttempt = await graphql(
      REGISTER_USER,
      { input: { ...input, password: PASSWORD } },
      session.accessToken,
    );
    expect(errorCodes(registerAttempt)).toEqual(['AUTH.FORBIDDEN']);
    const grantAttempt = await graphql(GRANT_ROLE, { input: { userId, role: 'PLATFORM_ADMIN' } }, session.accessToken);
    expect(errorCodes(grantAttempt)).toEqual(['AUTH.FORBIDDEN']);
  });

  it('refuses a weak password with its code and field', async () => {
    const admin = await devToken(['PLATFORM_ADMIN']);
    const input = { organisationId: organisation.id, email: `debil.${run}@example.org`, displayName: 'Débil' };
    const response = await graphql(REGISTER_USER, { input: { ...input, password: 'password1234' } }, admin);
    expect(errorCodes(response)).toEqual(['AUTH.WEAK_PASSWORD']);
    expect(response.errors![0].extensions!.field).toBe('input.password');
  });

  describe('forged tokens are turned away at the gateway with 401 AUTH.INVALID_TOKEN', () => {
    it('a token whose payload was raised to PLATFORM_ADMIN after signing', async () => {
      const [header, payload, signature] = session.accessToken.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      const raised = Buffer.from(JSON.stringify({ ...claims, roles: ['PLATFORM_ADMIN'] })).toString('base64url');
      const response = await graphql(ME, {}, [header, raised, signature].join('.'));
      expect(response.status).toBe(401);
      expect(errorCodes(response)).toEqual(['AUTH.INVALID_TOKEN']);
    });

    it('a token signed with another key under the platform key id', async () => {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const forged = await new SignJWT({ org: organisation.id, roles: ['PLATFORM_ADMIN'] })
        .setProtectedHeader({ alg: 'RS256', kid: decodeProtectedHeader(session.accessToken).kid })
        .setSubject(userId)
        .setIssuer('coordination-dev')
        .setAudience('coordination-platform')
        .setExpirationTime('5m')
        .sign(privateKey);
      const response = await graphql(ME, {}, forged);
      expect(response.status).toBe(401);
      expect(errorCodes(response)).toEqual(['AUTH.INVALID_TOKEN']);
    });
  });
});
