import { importedReportId } from './imported-report-id';

describe('importedReportId', () => {
  it('is the RFC 9562 version 5 UUID of the job and the row', () => {
    // The DNS namespace and "row:7": the value the `uuid` package's v5 gives for the same inputs.
    expect(importedReportId('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 7)).toBe('b657ddd8-2ae8-5234-94bc-e16c32374016');
  });

  it('is the same for the same job and row, and differs between rows and jobs', () => {
    const job = '0f9c3e0e-6a57-4a43-9a8e-3c0f2f7c9a11';
    expect(importedReportId(job, 12)).toBe(importedReportId(job, 12));
    expect(importedReportId(job, 12)).not.toBe(importedReportId(job, 13));
    expect(importedReportId('1f9c3e0e-6a57-4a43-9a8e-3c0f2f7c9a11', 12)).not.toBe(importedReportId(job, 12));
  });
});
