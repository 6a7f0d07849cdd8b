import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IdentityErrors } from '../../identity.errors';
import { IdentityTokens } from '../../identity-tokens';
import { verifyAgainstDecoy, verifyPassword } from '../../passwords/password-hasher';
import { UserAccountEntity } from '../../user-account.entity';
import type { AuthSessionModel } from '../auth-session.model';
import { SessionIssuer } from '../session-issuer';
import { LoginThrottle } from './login-throttle';
import type { LoginCommand } from './login.input';

@Injectable()
export class LoginUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: IdentityTokens,
    private readonly sessions: SessionIssuer,
    private readonly throttle: LoginThrottle,
  ) {}

  /** Starts a session (a new refresh-token family). Every failure looks the same from outside. */
  async execute(command: LoginCommand): Promise<AuthSessionModel> {
    // With the built-in issuer off, refuse before any password or token work.
    this.tokens.accessTokenIssuer();
    await this.throttle.assertNotLocked(command.email);
    const user = await this.dataSource
      .getRepository(UserAccountEntity)
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email)', { email: command.email })
      .getOne();
    // An unknown address costs the same scrypt work as a known one, so timing reveals nothing either.
    const passwordMatches = user
      ? await verifyPassword(command.password, user.passwordHash)
      : await verifyAgainstDecoy(command.password);
    if (!user || !passwordMatches || user.status !== 'active') {
      await this.throttle.recordFailure(command.email);
      throw IdentityErrors.invalidCredentials();
    }
    await this.throttle.recordSuccess(command.email);
    const issued = await this.dataSource.transaction((manager) => this.sessions.issue(manager, user, randomUUID()));
    return issued.session;
  }
}
