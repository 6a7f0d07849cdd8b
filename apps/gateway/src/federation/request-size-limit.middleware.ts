import type { NextFunction, Request, Response } from 'express';

/**
 * Refuses GraphQL requests larger than `maxBytes` before anything reads them: the gateway's GraphQL
 * server sets no limit of its own, and the largest legitimate request is an inline spreadsheet
 * upload (25 MB decoded, about 34 MB as base64). The check reads only headers, so the body stays
 * untouched for the GraphQL server; a body of unknown length (chunked) is refused for that reason.
 */
export function requestSizeLimit(maxBytes: number) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.method !== 'POST') {
      next();
      return;
    }
    const declared = request.headers['content-length'];
    if (declared === undefined) {
      refuse(response, 411, 'REQUEST.LENGTH_REQUIRED', 'A Content-Length header is required');
      return;
    }
    if (Number(declared) > maxBytes) {
      refuse(response, 413, 'REQUEST.TOO_LARGE', `Request body over ${maxBytes} bytes`);
      return;
    }
    next();
  };
}

function refuse(response: Response, status: number, code: string, message: string): void {
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
}
