import { Body, Controller, HttpCode, NotFoundException, Post, BadRequestException } from '@nestjs/common';
import { z } from 'zod';
import { ROLES, issueDevToken } from '@coordination/auth';
import { GatewayConfigToken, type GatewayConfig } from '../gateway.config.provider';
import { Inject } from '@nestjs/common';

/** A scoped grant, e.g. a sector coordinator for WSH in PE24; the token carries it as is. */
const devGrantSchema = z.object({
  role: z.enum(ROLES),
  sector: z
    .string()
    .regex(/^[A-Z]{2,4}$/)
    .nullish()
    .transform((sector) => sector ?? null),
  region: z
    .string()
    .regex(/^PE\d{2}$/)
    .nullish()
    .transform((region) => region ?? null),
});

const devTokenRequestSchema = z.object({
  userId: z.string().min(1).max(200),
  organisationId: z.uuid().nullish(),
  roles: z.array(z.enum(ROLES)).min(1),
  grants: z.array(devGrantSchema).max(20).optional(),
});

/**
 * The built-in development issuer: hands out signed tokens for any user and role, signed with the
 * same key and `kid` as the directory's login tokens. Off unless
 * DEV_TOKEN_ISSUER=true; production points AUTH_JWKS_URL at a real OIDC provider instead.
 */
@Controller('auth')
export class DevTokenController {
  constructor(@Inject(GatewayConfigToken) private readonly config: GatewayConfig) {}

  @Post('dev-token')
  @HttpCode(200)
  async issue(@Body() body: unknown): Promise<{ accessToken: string; tokenType: 'Bearer' }> {
    const { enabled, privateKeyFile } = this.config.devTokenIssuer;
    if (!enabled || !privateKeyFile) throw new NotFoundException();
    const parsed = devTokenRequestSchema.safeParse(body);
    if (!parsed.success) {
      throw new BadRequestException({
        code: 'INPUT.INVALID',
        fields: parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
      });
    }
    const accessToken = await issueDevToken(privateKeyFile, this.config.auth, parsed.data);
    return { accessToken, tokenType: 'Bearer' };
  }
}
