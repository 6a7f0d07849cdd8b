import { GraphQLError } from 'graphql';
import { ACTIONS, assertAuthorized, authorize, type Action } from './authorization';
import { distinctRoles, type AccessGrant, type Viewer } from './viewer';

const OWN_ORG = '0b9a6f1e-0000-4000-8000-000000000001';
const OTHER_ORG = '0b9a6f1e-0000-4000-8000-000000000002';

type Caller = Pick<Viewer, 'organisationId' | 'roles' | 'grants'>;

function caller(...scopedRoles: [AccessGrant['role'], string?, string?][]): Caller {
  const grants = scopedRoles.map(([role, sector, region]) => ({
    role,
    sector: sector ?? null,
    region: region ?? null,
  }));
  return { organisationId: OWN_ORG, roles: distinctRoles(grants), grants };
}

/** Every caller of the table belongs to OWN_ORG; coordinators coordinate EDU, one of them only in Lima (PE15). */
const CALLERS: Record<string, Caller> = {
  reporter: caller(['PARTNER_REPORTER']),
  'partner-admin': caller(['PARTNER_ADMIN']),
  coordinator: caller(['SECTOR_COORDINATOR', 'EDU']),
  'lima-coordinator': caller(['SECTOR_COORDINATOR', 'EDU', 'PE15']),
  'platform-admin': caller(['PLATFORM_ADMIN']),
  government: caller(['GOVERNMENT_VIEWER']),
  integrator: caller(['INTEGRATOR']),
};

/*
 * The rules of DESIGN.md ("Identity and access") written out case by case, independently of the
 * implementation. A row is: caller, owner of the record, its sector, where it is, then one mark per
 * action in ACTIONS order: read, create, update, submit, approve, read-aggregate, manage-users,
 * administer. `x` allowed, `.` refused. PE15 is Lima (a department), PE150101 a district of Lima,
 * PE2001 a province of Piura, outside Lima.
 */
const EXPECTATIONS = `
  caller            owner  sector region     r c u s a A m d
  reporter          own    EDU    PE15       x x x x . . . .
  reporter          own    EDU    PE150101   x x x x . . . .
  reporter          own    EDU    PE2001     x x x x . . . .
  reporter          own    PRO    PE15       x x x x . . . .
  reporter          own    PRO    PE150101   x x x x . . . .
  reporter          own    PRO    PE2001     x x x x . . . .
  reporter          other  EDU    PE15       . . . . . . . .
  reporter          other  EDU    PE150101   . . . . . . . .
  reporter          other  EDU    PE2001     . . . . . . . .
  reporter          other  PRO    PE15       . . . . . . . .
  reporter          other  PRO    PE150101   . . . . . . . .
  reporter          other  PRO    PE2001     . . . . . . . .
  partner-admin     own    EDU    PE15       x x x x . . x .
  partner-admin     own    EDU    PE150101   x x x x . . x .
  partner-admin     own    EDU    PE2001     x x x x . . x .
  partner-admin     own    PRO    PE15       x x x x . . x .
  partner-admin     own    PRO    PE150101   x x x x . . x .
  partner-admin     own    PRO    PE2001     x x x x . . x .
  partner-admin     other  EDU    PE15       . . . . . . . .
  partner-admin     other  EDU    PE150101   . . . . . . . .
  partner-admin     other  EDU    PE2001     . . . . . . . .
  partner-admin     other  PRO    PE15       . . . . . . . .
  partner-admin     other  PRO    PE150101   . . . . . . . .
  partner-admin     other  PRO    PE2001     . . . . . . . .
  coordinator       own    EDU    PE15       x . . . x x . .
  coordinator       own    EDU    PE150101   x . . . x x . .
  coordinator       own    EDU    PE2001     x . . . x x . .
  coordinator       own    PRO    PE15       . . . . . x . .
  coordinator       own    PRO    PE150101   . . . . . x . .
  coordinator       own    PRO    PE2001     . . . . . x . .
  coordinator       other  EDU    PE15       x . . . x x . .
  coordinator       other  EDU    PE150101   x . . . x x . .
  coordinator       other  EDU    PE2001     x . . . x x . .
  coordinator       other  PRO    PE15       . . . . . x . .
  coordinator       other  PRO    PE150101   . . . . . x . .
  coordinator       other  PRO    PE2001     . . . . . x . .
  lima-coordinator  own    EDU    PE15       x . . . x x . .
  lima-coordinator  own    EDU    PE150101   x . . . x x . .
  lima-coordinator  own    EDU    PE2001     . . . . . x . .
  lima-coordinator  own    PRO    PE15       . . . . . x . .
  lima-coordinator  own    PRO    PE150101   . . . . . x . .
  lima-coordinator  own    PRO    PE2001     . . . . . x . .
  lima-coordinator  other  EDU    PE15       x . . . x x . .
  lima-coordinator  other  EDU    PE150101   x . . . x x . .
  lima-coordinator  other  EDU    PE2001     . . . . . x . .
  lima-coordinator  other  PRO    PE15       . . . . . x . .
  lima-coordinator  other  PRO    PE150101   . . . . . x . .
  lima-coordinator  other  PRO    PE2001     . . . . . x . .
  platform-admin    own    EDU    PE15       x x x x x x x x
  platform-admin    own    EDU    PE150101   x x x x x x x x
  platform-admin    own    EDU    PE2001     x x x x x x x x
  platform-admin    own    PRO    PE15       x x x x x x x x
  platform-admin    own    PRO    PE150101   x x x x x x x x
  platform-admin    own    PRO    PE2001     x x x x x x x x
  platform-admin    other  EDU    PE15       x x x x x x x x
  platform-admin    other  EDU    PE150101   x x x x x x x x
  platform-admin    other  EDU    PE2001     x x x x x x x x
  platform-admin    other  PRO    PE15       x x x x x x x x
  platform-admin    other  PRO    PE150101   x x x x x x x x
  platform-admin    other  PRO    PE2001     x x x x x x x x
  government        own    EDU    PE15       . . . . . x . .
  government        own    EDU    PE150101   . . . . . x . .
  government        own    EDU    PE2001     . . . . . x . .
  government        own    PRO    PE15       . . . . . x . .
  government        own    PRO    PE150101   . . . . . x . .
  government        own    PRO    PE2001     . . . . . x . .
  government        other  EDU    PE15       . . . . . x . .
  government        other  EDU    PE150101   . . . . . x . .
  government        other  EDU    PE2001     . . . . . x . .
  government        other  PRO    PE15       . . . . . x . .
  government        other  PRO    PE150101   . . . . . x . .
  government        other  PRO    PE2001     . . . . . x . .
  integrator        own    EDU    PE15       . . . . . x . .
  integrator        own    EDU    PE150101   . . . . . x . .
  integrator        own    EDU    PE2001     . . . . . x . .
  integrator        own    PRO    PE15       . . . . . x . .
  integrator        own    PRO    PE150101   . . . . . x . .
  integrator        own    PRO    PE2001     . . . . . x . .
  integrator        other  EDU    PE15       . . . . . x . .
  integrator        other  EDU    PE150101   . . . . . x . .
  integrator        other  EDU    PE2001     . . . . . x . .
  integrator        other  PRO    PE15       . . . . . x . .
  integrator        other  PRO    PE150101   . . . . . x . .
  integrator        other  PRO    PE2001     . . . . . x . .
`;

interface Case {
  callerName: string;
  owner: string;
  sector: string;
  region: string;
  action: Action;
  allowed: boolean;
}

function casesOf(table: string): Case[] {
  const [, ...rows] = table
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/));
  return rows.flatMap(([callerName, owner, sector, region, ...marks]) => {
    if (marks.length !== ACTIONS.length || !(callerName in CALLERS)) throw new Error(`bad row: ${callerName}`);
    return ACTIONS.map((action, index) => ({
      callerName,
      owner,
      sector,
      region,
      action,
      allowed: marks[index] === 'x',
    }));
  });
}

const CASES = casesOf(EXPECTATIONS);

describe('authorize', () => {
  it('is checked against a table covering every caller, owner, sector, place and action', () => {
    expect(CASES).toHaveLength(Object.keys(CALLERS).length * 2 * 2 * 3 * ACTIONS.length);
  });

  it.each(CASES)(
    '$callerName -> $action a record of $owner organisation in $sector at $region: allowed=$allowed',
    ({ callerName, owner, sector, region, action, allowed }) => {
      const resource = { organisationId: owner === 'own' ? OWN_ORG : OTHER_ORG, sector, regionPcode: region };
      const decision = authorize(CALLERS[callerName], action, resource);
      expect(decision.allowed).toBe(allowed);
      expect(decision.reason).toMatch(/\w/);
    },
  );

  describe('edge cases', () => {
    const lima = { organisationId: OTHER_ORG, sector: 'EDU', regionPcode: 'PE150101' };

    it('refuses a caller without an organisation on a record without one (unknown is not "own")', () => {
      const orphan = { ...caller(['PARTNER_ADMIN']), organisationId: null };
      for (const action of ACTIONS) expect(authorize(orphan, action, { organisationId: null }).allowed).toBe(false);
    });

    it('refuses a regional coordinator a record whose place is unknown, but not aggregates', () => {
      const regional = CALLERS['lima-coordinator'];
      expect(authorize(regional, 'read', { organisationId: OTHER_ORG, sector: 'EDU', regionPcode: null }).allowed).toBe(
        false,
      );
      expect(authorize(regional, 'read-aggregate', {}).allowed).toBe(true);
    });

    it('refuses a coordinator grant that names no sector', () => {
      expect(authorize(caller(['SECTOR_COORDINATOR']), 'read', lima).allowed).toBe(false);
    });

    it('refuses a record without a sector to every coordinator', () => {
      expect(authorize(CALLERS.coordinator, 'approve', { ...lima, sector: null }).allowed).toBe(false);
    });

    it('allows what any one of several grants allows, and only that', () => {
      const both = caller(['PARTNER_REPORTER'], ['SECTOR_COORDINATOR', 'EDU', 'PE15']);
      expect(authorize(both, 'approve', lima)).toMatchObject({ allowed: true });
      expect(authorize(both, 'update', lima)).toMatchObject({ allowed: false });
      expect(authorize(both, 'update', { ...lima, organisationId: OWN_ORG })).toMatchObject({ allowed: true });
    });

    it('refuses everything to a caller without grants, saying so', () => {
      expect(
        authorize({ organisationId: OWN_ORG, roles: [], grants: [] }, 'read', { organisationId: OWN_ORG }),
      ).toEqual({
        allowed: false,
        reason: 'the caller holds no role',
      });
    });

    it('applies a role listed without a grant of its own unscoped (viewers built by hand)', () => {
      const loader = { organisationId: null, roles: ['PLATFORM_ADMIN' as const], grants: [] };
      expect(authorize(loader, 'administer')).toMatchObject({ allowed: true });
    });

    it('compares departments, so a regional grant given at province level still covers its department', () => {
      expect(
        authorize(caller(['SECTOR_COORDINATOR', 'EDU', 'PE1501']), 'read', { ...lima, regionPcode: 'PE15' }),
      ).toMatchObject({ allowed: true });
    });
  });
});

describe('assertAuthorized', () => {
  it('throws AUTH.FORBIDDEN with the reason when refused', () => {
    let thrown: unknown;
    try {
      assertAuthorized(CALLERS.reporter, 'approve', { organisationId: OWN_ORG });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    expect((thrown as GraphQLError).extensions.code).toBe('AUTH.FORBIDDEN');
    expect((thrown as GraphQLError).message).toContain('PARTNER_REPORTER may not approve');
  });

  it('returns quietly when allowed', () => {
    expect(() => assertAuthorized(CALLERS.reporter, 'read', { organisationId: OWN_ORG })).not.toThrow();
  });
});
