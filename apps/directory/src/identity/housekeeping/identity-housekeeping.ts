import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEFAULT_LOGIN_THROTTLE } from '../sessions/login/login-throttle';

/** How long an expired refresh token is kept: long enough for a late reuse to still be recognised as such. */
const EXPIRED_TOKEN_GRACE = '1 day';
const DEFAULT_INTERVAL_MS = 60 * 60 * 1000;

export interface PrunedRows {
  refreshTokens: number;
  loginThrottles: number;
}

/**
 * Keeps the identity tables from growing for ever: expired refresh tokens (a day after expiry) and
 * login-failure counts whose window and lockout are over. Every copy of the directory runs it; the
 * deletes are idempotent, so two copies at once only repeat each other's work.
 */
@Injectable()
export class IdentityHousekeeping implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(IdentityHousekeeping.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    const intervalMs = Number(process.env.IDENTITY_HOUSEKEEPING_INTERVAL_MS ?? DEFAULT_INTERVAL_MS);
    if (!Number.isFinite(intervalMs) || intervalMs <= 0) return;
    this.timer = setInterval(() => {
      this.prune().catch((error: unknown) => this.logger.warn(`Identity housekeeping failed: ${String(error)}`));
    }, intervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async prune(): Promise<PrunedRows> {
    // A token still named as the successor of a live one stays until that one goes too.
    const [, refreshTokens]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM refresh_token old
        WHERE old.expires_at < now() - $1::interval
          AND NOT EXISTS (
                SELECT 1 FROM refresh_token newer_owner
                 WHERE newer_owner.replaced_by = old.id AND newer_owner.expires_at >= now() - $1::interval)`,
      [EXPIRED_TOKEN_GRACE],
    );
    const [, loginThrottles]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM login_throttle
        WHERE first_failure_at < now() - make_interval(mins => $1::int)
          AND (locked_until IS NULL OR locked_until < now())`,
      [DEFAULT_LOGIN_THROTTLE.windowMinutes],
    );
    if (refreshTokens + loginThrottles > 0) {
      this.logger.log(`Pruned ${refreshTokens} expired refresh tokens and ${loginThrottles} login-failure counts`);
    }
    return { refreshTokens, loginThrottles };
  }
}
