import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TokenVerifier, type TokenVerifierSettings } from './token-verifier';
import { ViewerGuard } from './viewer.decorators';

@Global()
@Module({})
export class AuthModule {
  static forRoot(settings: TokenVerifierSettings): DynamicModule {
    return {
      module: AuthModule,
      providers: [{ provide: TokenVerifier, useFactory: () => TokenVerifier.create(settings) }, ViewerGuard],
      exports: [TokenVerifier, ViewerGuard],
    };
  }
}
