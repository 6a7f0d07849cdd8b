import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IdentityErrors } from '../../identity.errors';
import { findPresentedToken, revokeFamily } from '../refresh-token-family';
import { hashRefreshToken } from '../refresh-token-secret';
import type { LogoutCommand } from './logout.input';

@Injectable()
export class LogoutUseCase {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Ends the session the refresh token belongs to, whichever of its tokens is presented; logging out
   * twice is harmless. The access token in hand stays valid until it expires (minutes).
   */
  async execute(command: LogoutCommand): Promise<void> {
    const known = await this.dataSource.transaction(async (manager) => {
      const presented = await findPresentedToken(manager, hashRefreshToken(command.refreshToken));
      if (presented) await revokeFamily(manager, presented.familyId, new Date());
      return presented !== null;
    });
    if (!known) throw IdentityErrors.invalidRefreshToken();
  }
}
