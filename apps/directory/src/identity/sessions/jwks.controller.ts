import { Controller, Get, Header, NotFoundException } from '@nestjs/common';
import { jsonWebKeySet, type JsonWebKeySet } from '@coordination/auth';
import { IdentityTokens } from '../identity-tokens';

/**
 * The public key of the directory's token issuer as a JWKS. Verifiers may point AUTH_JWKS_URL here,
 * or at an external OIDC provider's JWKS when one replaces the built-in issuer.
 */
@Controller('.well-known')
export class JwksController {
  constructor(private readonly tokens: IdentityTokens) {}

  @Get('jwks.json')
  @Header('Cache-Control', 'public, max-age=300')
  keys(): JsonWebKeySet {
    const key = this.tokens.publicKey;
    if (!key) throw new NotFoundException('This directory does not issue tokens');
    return jsonWebKeySet(key);
  }
}
