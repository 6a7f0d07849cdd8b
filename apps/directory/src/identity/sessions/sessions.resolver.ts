import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { parseInput } from '@coordination/graphql';
import { AuthSessionModel } from './auth-session.model';
import { LoginInput, loginSchema } from './login/login.input';
import { LoginUseCase } from './login/login.use-case';
import { LogoutInput, logoutSchema } from './logout/logout.input';
import { LogoutUseCase } from './logout/logout.use-case';
import { RefreshSessionInput, refreshSessionSchema } from './refresh-session/refresh-session.input';
import { RefreshSessionUseCase } from './refresh-session/refresh-session.use-case';

/** Open to anonymous callers: these are how a caller gets a token in the first place. */
@Resolver(() => AuthSessionModel)
export class SessionsResolver {
  constructor(
    private readonly loginUseCase: LoginUseCase,
    private readonly refreshSessionUseCase: RefreshSessionUseCase,
    private readonly logoutUseCase: LogoutUseCase,
  ) {}

  @Mutation(() => AuthSessionModel, { description: 'Signs in with e-mail and password.' })
  login(@Args('input') input: LoginInput): Promise<AuthSessionModel> {
    return this.loginUseCase.execute(parseInput(loginSchema, input));
  }

  @Mutation(() => AuthSessionModel, { description: 'Exchanges a refresh token for new tokens; each works once.' })
  refreshSession(@Args('input') input: RefreshSessionInput): Promise<AuthSessionModel> {
    return this.refreshSessionUseCase.execute(parseInput(refreshSessionSchema, input));
  }

  @Mutation(() => Boolean, { description: 'Ends the session of the refresh token; always true when it was known.' })
  async logout(@Args('input') input: LogoutInput): Promise<boolean> {
    await this.logoutUseCase.execute(parseInput(logoutSchema, input));
    return true;
  }
}
