import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { IdentityTokens } from '../identity-tokens';
import { RefreshTokenEntity } from '../refresh-token.entity';
import { activeGrantsOf, toAccessGrant } from '../roles/active-grants';
import type { UserAccountEntity } from '../user-account.entity';
import type { AuthSessionModel } from './auth-session.model';
import { hashRefreshToken, newRefreshTokenSecret } from './refresh-token-secret';

export interface IssuedSession {
  session: AuthSessionModel;
  refreshTokenId: string;
}

/** An access token carrying the user's live grants, and the next refresh token of the session's family. */
@Injectable()
export class SessionIssuer {
  constructor(private readonly tokens: IdentityTokens) {}

  async issue(manager: EntityManager, user: UserAccountEntity, familyId: string): Promise<IssuedSession> {
    const grants = (await activeGrantsOf(manager, user.id)).map(toAccessGrant);
    const access = await this.tokens
      .accessTokenIssuer()
      .issue({ userId: user.id, organisationId: user.organisationId, grants });
    const refreshToken = newRefreshTokenSecret();
    const now = new Date();
    const stored = manager.create(RefreshTokenEntity, {
      id: randomUUID(),
      familyId,
      userId: user.id,
      tokenHash: hashRefreshToken(refreshToken),
      expiresAt: new Date(now.getTime() + this.tokens.refreshTokenLifetimeSeconds * 1000),
      revokedAt: null,
      replacedBy: null,
      createdAt: now,
    });
    await manager.insert(RefreshTokenEntity, stored);
    return {
      session: { accessToken: access.accessToken, refreshToken, expiresIn: access.expiresIn, tokenType: 'Bearer' },
      refreshTokenId: stored.id,
    };
  }
}
