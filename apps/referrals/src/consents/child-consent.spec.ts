import { GraphQLError } from 'graphql';
import { ageInYears, assertGiverFitsAge } from './child-consent';

describe('a child’s consent', () => {
  it('counts full years, the birthday itself included', () => {
    expect(ageInYears('2008-03-02', new Date('2026-03-02T00:00:00Z'))).toBe(18);
    expect(ageInYears('2008-03-02', new Date('2026-03-01T23:59:59Z'))).toBe(17);
    expect(ageInYears('2014-09-30', new Date('2026-03-02T12:00:00Z'))).toBe(11);
    expect(ageInYears(null, new Date())).toBeNull();
    expect(ageInYears('unknown', new Date())).toBeNull();
  });

  it('wants a guardian or an override for a child, and the person for an adult', () => {
    const codeOf = (run: () => void) => {
      try {
        run();
        return 'allowed';
      } catch (error) {
        return (error as GraphQLError).extensions.code;
      }
    };
    expect(codeOf(() => assertGiverFitsAge('PERSON', 11))).toBe('REFERRALS.GUARDIAN_REQUIRED');
    expect(codeOf(() => assertGiverFitsAge('GUARDIAN', 11))).toBe('allowed');
    expect(codeOf(() => assertGiverFitsAge('AUTHORISED_OVERRIDE', 17))).toBe('allowed');
    expect(codeOf(() => assertGiverFitsAge('PERSON', 18))).toBe('allowed');
    expect(codeOf(() => assertGiverFitsAge('GUARDIAN', 40))).toBe('REFERRALS.GUARDIAN_REQUIRED');
    expect(codeOf(() => assertGiverFitsAge('PERSON', null))).toBe('allowed');
  });
});
