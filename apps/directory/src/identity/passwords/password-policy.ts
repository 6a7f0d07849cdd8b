import { domainError } from '@coordination/graphql';
import { COMMON_PASSWORDS } from './common-passwords';

export const WEAK_PASSWORD = 'AUTH.WEAK_PASSWORD';
export const MIN_PASSWORD_LENGTH = 12;
/** Long passphrases are welcome; the cap only stops megabyte "passwords" sent to waste CPU. */
export const MAX_PASSWORD_LENGTH = 200;
/** A shorter local part ("jo@", "ana@") would refuse far too many good passwords that merely contain it. */
const MIN_LOCAL_PART_CHECKED = 3;

/** Why `password` is too weak for the account of `email`, or null when it is acceptable. */
export function passwordWeakness(password: string, email: string): string | null {
  // Characters as people count them: "ñ" or an emoji is one, whatever its UTF-16 length.
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `must have at least ${MIN_PASSWORD_LENGTH} characters`;
  if (length > MAX_PASSWORD_LENGTH) return `must have at most ${MAX_PASSWORD_LENGTH} characters`;
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered)) return 'is one of the most common passwords';
  const localPart = email.split('@')[0]?.trim().toLowerCase() ?? '';
  if (localPart.length >= MIN_LOCAL_PART_CHECKED && lowered.includes(localPart)) {
    return 'must not contain the e-mail address';
  }
  return null;
}

/** Refuses a weak password with `AUTH.WEAK_PASSWORD` on `input.password`, before anything is written. */
export function assertStrongPassword(password: string, email: string): void {
  const weakness = passwordWeakness(password, email);
  if (weakness) throw domainError(WEAK_PASSWORD, `The password ${weakness}`, 'input.password');
}
