import { ReferralsErrorCode, referralsError } from '../shared/referrals.errors';
import type { ConsentGiver } from './consent.entity';

const ADULT_AGE = 18;

/** Full years between a YYYY-MM-DD birth date and `at` (UTC), or null when the date is unknown. */
export function ageInYears(dateOfBirth: string | null | undefined, at: Date): number | null {
  const match = dateOfBirth ? /^(\d{4})-(\d{2})-(\d{2})/.exec(dateOfBirth) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const birthdayPassed = at.getUTCMonth() + 1 > month || (at.getUTCMonth() + 1 === month && at.getUTCDate() >= day);
  return at.getUTCFullYear() - year - (birthdayPassed ? 0 : 1);
}

/**
 * A child does not consent alone: a guardian does, or an authorised override with its reason (an
 * unaccompanied child, a guardian who is the risk). An adult consents personally. Unknown age:
 * any giver is taken, as the case worker judged.
 */
export function assertGiverFitsAge(givenBy: ConsentGiver, age: number | null): void {
  if (age === null) return;
  if (age < ADULT_AGE && givenBy === 'PERSON') {
    throw referralsError(
      ReferralsErrorCode.GuardianRequired,
      `The person is ${age}: a guardian consents, or an authorised override with its reason`,
      'input.givenBy',
    );
  }
  if (age >= ADULT_AGE && givenBy !== 'PERSON') {
    throw referralsError(ReferralsErrorCode.GuardianRequired, 'An adult gives consent personally', 'input.givenBy');
  }
}
