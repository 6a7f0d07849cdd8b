import { Injectable } from '@nestjs/common';
import type { Viewer } from '@coordination/auth';
import { invalidInput } from '@coordination/graphql';
import { RegisterCaseUseCase } from '../cases/register-case/register-case.use-case';
import { ReferralsErrorCode, referralsError } from '../shared/referrals.errors';
import { PRIORITY_OF_RISK, referralDocumentSchema } from './referral-document';

export interface ImportedReferral {
  caseId: string;
  /** What a `sendReferral` from the imported case would start from; sending still needs a consent. */
  sector: string;
  subSector: string | null;
  priority: 'EMERGENCY' | 'URGENT' | 'STANDARD';
  placePcode: string;
  reason: string | null;
  servicesRequested: string[];
}

/**
 * Takes in a referral document from another system as a case of the caller's organisation: its
 * personal data is sealed like any other case. The document must carry personal data and say its
 * consent covers the recipient; a new referral is then sent under a consent recorded here.
 */
@Injectable()
export class ImportReferralUseCase {
  constructor(private readonly registerCase: RegisterCaseUseCase) {}

  async execute(documentJson: string, viewer: Viewer): Promise<ImportedReferral> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(documentJson);
    } catch {
      throw invalidInput([{ field: 'input.document', message: 'is not JSON' }]);
    }
    const result = referralDocumentSchema.safeParse(parsed);
    if (!result.success) {
      throw invalidInput(
        result.error.issues.map((issue) => ({
          field: ['input.document', ...issue.path.map(String)].join('.'),
          message: issue.message,
        })),
      );
    }
    const document = result.data;
    if (!document.personal_data || !document.consent.covers_recipient) {
      throw referralsError(
        ReferralsErrorCode.ConsentNotCovering,
        'The document carries no personal data covered by consent for this recipient: nothing to import',
        'input.document.personal_data',
      );
    }
    const registered = await this.registerCase.execute({ personalData: document.personal_data }, viewer);
    const [sector, subSector] = document.service_type.split('/');
    return {
      caseId: registered.id,
      sector,
      subSector: subSector ?? null,
      priority: PRIORITY_OF_RISK[document.risk_level],
      placePcode: document.location_pcode,
      reason: document.service_referral_notes,
      servicesRequested: document.services_requested,
    };
  }
}
