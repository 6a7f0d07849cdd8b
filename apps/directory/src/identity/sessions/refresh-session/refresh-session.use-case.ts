import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IdentityErrors } from '../../identity.errors';
import { IdentityTokens } from '../../identity-tokens';
import { RefreshTokenEntity } from '../../refresh-token.entity';
import { UserAccountEntity } from '../../user-account.entity';
import type { AuthSessionModel } from '../auth-session.model';
import { findPresentedToken, revokeFamily } from '../refresh-token-family';
import { hashRefreshToken } from '../refresh-token-secret';
import { SessionIssuer } from '../session-issuer';
import type { RefreshSessionCommand } from './refresh-session.input';

type RefreshOutcome = { rotated: AuthSessionModel } | { refused: 'unknown' | 'reused' | 'expired' | 'inactive user' };

@Injectable()
export class RefreshSessionUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: IdentityTokens,
    private readonly sessions: SessionIssuer,
  ) {}

  /**
   * Rotates the refresh token: the one presented is revoked and replaced. A token presented after
   * its rotation means two parties hold the session (one of them a thief), so the whole family is
   * revoked and both must log in again. That revocation commits even though the caller is refused.
   */
  async execute(command: RefreshSessionCommand): Promise<AuthSessionModel> {
    // With the built-in issuer off, refuse before any password or token work.
    this.tokens.accessTokenIssuer();
    const outcome = await this.dataSource.transaction(async (manager): Promise<RefreshOutcome> => {
      const now = new Date();
      const presented = await findPresentedToken(manager, hashRefreshToken(command.refreshToken));
      if (!presented) return { refused: 'unknown' };
      if (presented.revokedAt) {
        await revokeFamily(manager, presented.familyId, now);
        return { refused: 'reused' };
      }
      if (presented.expiresAt <= now) return { refused: 'expired' };
      const user = await manager.findOneBy(UserAccountEntity, { id: presented.userId });
      if (!user || user.status !== 'active') {
        await revokeFamily(manager, presented.familyId, now);
        return { refused: 'inactive user' };
      }
      const next = await this.sessions.issue(manager, user, presented.familyId);
      await manager.update(
        RefreshTokenEntity,
        { id: presented.id },
        { revokedAt: now, replacedBy: next.refreshTokenId },
      );
      return { rotated: next.session };
    });
    if ('refused' in outcome) throw IdentityErrors.invalidRefreshToken();
    return outcome.rotated;
  }
}
