import { Body, Controller, Headers, HttpStatus, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { KoboIntakeRefusal } from './kobo-intake.errors';
import { ReceiveKoboSubmissionUseCase } from './receive-kobo-submission.use-case';

/**
 * The URL a KoboToolbox form's REST service posts each submission to. Answers JSON either way:
 * Kobo keeps the status and body in the service's log, which is where an operator reads why a
 * submission was refused (code, field at fault, message).
 */
@Controller('intake/kobo')
export class KoboIntakeController {
  constructor(private readonly receive: ReceiveKoboSubmissionUseCase) {}

  @Post(':formId')
  async submit(
    @Param('formId') formId: string,
    @Headers() headers: Record<string, string | string[] | undefined>,
    @Body() body: unknown,
    @Res() response: Response,
  ): Promise<void> {
    try {
      const result = await this.receive.execute(formId, headers, body);
      response.status(result.outcome === 'CREATED' ? HttpStatus.CREATED : HttpStatus.OK).json(result);
    } catch (error) {
      if (!(error instanceof KoboIntakeRefusal)) throw error;
      const [first] = error.problems;
      response.status(error.status).json({ error: first, problems: error.problems });
    }
  }
}
