import type { NextFunction, Request, Response } from 'express';

/**
 * Refuses GraphQL requests larger than `maxBytes` before anything reads them. The gateway's GraphQL
 * server sets no limit of its own, and the largest legitimate request is an inline spreadsheet upload
 * (25 MB decoded, about 34 MB as base64).
 */
export function requestSizeLimit(maxBytes: number) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > maxBytes) {
      response.status(413).json({
        errors: [{ message: `Request body over ${maxBytes} bytes`, extensions: { code: 'REQUEST.TOO_LARGE' } }],
      });
      return;
    }
    let received = 0;
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      // A body without Content-Length (chunked) is cut off once it passes the limit.
      if (received > maxBytes) request.destroy(new Error('request body too large'));
    });
    next();
  };
}
