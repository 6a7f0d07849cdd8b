import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IdentityErrors } from '../../identity.errors';

/**
 * Online password guessing against one account: after `maxFailures` wrong attempts within `windowMinutes`
 * the account refuses every login, right password included, for `lockoutMinutes`. Unknown addresses
 * are counted the same way, so the refusal says nothing about whether an account exists. The counts
 * live in PostgreSQL, so every copy of the directory enforces the same limit.
 */
export interface LoginThrottlePolicy {
  maxFailures: number;
  windowMinutes: number;
  lockoutMinutes: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = { maxFailures: 5, windowMinutes: 15, lockoutMinutes: 15 };

@Injectable()
export class LoginThrottle {
  readonly policy: LoginThrottlePolicy = DEFAULT_LOGIN_THROTTLE;

  constructor(private readonly dataSource: DataSource) {}

  /** Refuses before any password work while the account is locked. */
  async assertNotLocked(email: string): Promise<void> {
    const rows: { retry_after_s: number }[] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS retry_after_s
         FROM login_throttle WHERE account_key = $1 AND locked_until > now()`,
      [accountKey(email)],
    );
    if (rows.length > 0) throw IdentityErrors.tooManyLoginAttempts(rows[0].retry_after_s);
  }

  /** Counts a failure in the current window (a new window once the last one is over) and locks at the limit. */
  async recordFailure(email: string): Promise<void> {
    const { maxFailures, windowMinutes, lockoutMinutes } = this.policy;
    await this.dataSource.query(
      `INSERT INTO login_throttle AS t (account_key, failures, first_failure_at, locked_until)
       VALUES ($1, 1, now(), CASE WHEN $2::int <= 1 THEN now() + make_interval(mins => $4::int) END)
       ON CONFLICT (account_key) DO UPDATE SET
         failures = CASE WHEN t.first_failure_at < now() - make_interval(mins => $3::int) THEN 1 ELSE t.failures + 1 END,
         first_failure_at = CASE WHEN t.first_failure_at < now() - make_interval(mins => $3::int)
                                 THEN now() ELSE t.first_failure_at END,
         locked_until = CASE
           WHEN t.first_failure_at >= now() - make_interval(mins => $3::int) AND t.failures + 1 >= $2::int
           THEN now() + make_interval(mins => $4::int)
           ELSE t.locked_until END`,
      [accountKey(email), maxFailures, windowMinutes, lockoutMinutes],
    );
  }

  /** A successful login starts the count again. */
  async recordSuccess(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttle WHERE account_key = $1`, [accountKey(email)]);
  }
}

export function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}
