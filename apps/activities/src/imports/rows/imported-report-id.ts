import { createHash } from 'node:crypto';

/**
 * The id of the report made from a row of a job: a name-based UUID (RFC 9562, version 5) of the job
 * and the row number, so a commit retried after a crash makes the same ids and cannot duplicate.
 */
export function importedReportId(jobId: string, rowNumber: number): string {
  const namespace = Buffer.from(jobId.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(`row:${rowNumber}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
