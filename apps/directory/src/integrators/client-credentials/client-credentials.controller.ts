import { Body, Controller, Headers, HttpCode, HttpException, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { opaqueSecretMatches } from '@coordination/auth';
import { DataSharingAgreementEntity, isAgreementActive } from '../data-sharing-agreement.entity';
import { IntegratorClientEntity } from '../integrator-client.entity';
import { IntegratorTokenSigner } from './integrator-token-signer';

interface OAuthError {
  status: number;
  error:
    'invalid_request' | 'invalid_client' | 'unauthorized_client' | 'unsupported_grant_type' | 'temporarily_unavailable';
  code: string;
  description: string;
}

function oauthError({ status, error, code, description }: OAuthError): HttpException {
  // RFC 6749 section 5.2 error body, plus the platform's stable code.
  return new HttpException({ error, error_description: description, code }, status);
}

function credentialsFrom(body: Record<string, unknown>, authorization: string | undefined) {
  const basic = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
  if (basic) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const separator = decoded.indexOf(':');
    if (separator > 0) {
      return {
        clientId: decodeURIComponent(decoded.slice(0, separator)),
        clientSecret: decodeURIComponent(decoded.slice(separator + 1)),
      };
    }
  }
  const clientId = typeof body.client_id === 'string' ? body.client_id : undefined;
  const clientSecret = typeof body.client_secret === 'string' ? body.client_secret : undefined;
  return clientId && clientSecret ? { clientId, clientSecret } : undefined;
}

/**
 * OAuth 2.0 client-credentials grant for integrators (RFC 6749 section 4.4): a token only while the
 * client holds an active data-sharing agreement, scoped to the event types it lists.
 */
@Controller('oauth')
export class ClientCredentialsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signer: IntegratorTokenSigner,
  ) {}

  @Post('token')
  @HttpCode(200)
  async token(
    @Body() body: Record<string, unknown>,
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    response.setHeader('Cache-Control', 'no-store');
    if (body?.grant_type !== 'client_credentials') {
      throw oauthError({
        status: 400,
        error: 'unsupported_grant_type',
        code: 'INTEGRATOR.UNSUPPORTED_GRANT_TYPE',
        description: 'only grant_type=client_credentials is supported',
      });
    }
    const credentials = credentialsFrom(body ?? {}, authorization);
    if (!credentials) {
      throw oauthError({
        status: 400,
        error: 'invalid_request',
        code: 'INTEGRATOR.MISSING_CREDENTIALS',
        description: 'client_id and client_secret are required (HTTP Basic or form fields)',
      });
    }
    const client = await this.dataSource.manager.findOneBy(IntegratorClientEntity, { clientId: credentials.clientId });
    if (!client || !opaqueSecretMatches(credentials.clientSecret, client.secretHash)) {
      throw oauthError({
        status: 401,
        error: 'invalid_client',
        code: 'INTEGRATOR.INVALID_CLIENT',
        description: 'unknown client or wrong secret',
      });
    }
    const now = new Date();
    const agreements = await this.dataSource.manager.find(DataSharingAgreementEntity, {
      where: { clientId: client.clientId },
      order: { grantedAt: 'DESC' },
    });
    const agreement = agreements.find((candidate) => isAgreementActive(candidate, now));
    if (!agreement) {
      throw oauthError({
        status: 400,
        error: 'unauthorized_client',
        code: 'INTEGRATOR.NO_ACTIVE_AGREEMENT',
        description: 'the client holds no data-sharing agreement valid now',
      });
    }
    if (!this.signer.enabled) {
      throw oauthError({
        status: 503,
        error: 'temporarily_unavailable',
        code: 'AUTH.ISSUER_DISABLED',
        description: 'the platform issuer is off; integrators get tokens from the configured identity provider',
      });
    }
    const { accessToken, expiresIn } = await this.signer.sign({
      clientId: client.clientId,
      organisationId: client.organisationId,
      agreementId: agreement.id,
      agreementEndsAt: agreement.validTo,
    });
    return {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: expiresIn,
      scope: agreement.eventTypes.join(' '),
    };
  }
}
