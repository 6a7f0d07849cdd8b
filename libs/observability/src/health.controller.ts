import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ReadinessRegistry } from './readiness.registry';

@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessRegistry) {}

  /** The process is up and its event loop answers; orchestrators restart it when this fails. */
  @Get('live')
  @HttpCode(HttpStatus.OK)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Every dependency answers; load balancers send traffic only while this is 200. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response) {
    const result = await this.readiness.evaluate();
    response.status(result.ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: result.ready ? 'ok' : 'unavailable', checks: result.checks };
  }
}
