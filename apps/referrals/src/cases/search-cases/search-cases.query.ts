import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { PersonalDataVault } from '../../personal-data/personal-data-vault';
import { caseWorkerOrganisation } from '../../shared/referral-roles';

export interface CaseSearchCommand {
  documentType?: string | null;
  documentNumber?: string | null;
  name?: string | null;
  limit: number;
}

export interface CaseMatch {
  caseId: string;
  /** How many of the query's terms the case matched: more is a closer match. */
  matchedTerms: number;
  createdAt: Date;
}

/**
 * Finds cases of the caller's organisation by document or name without decrypting any: the query is
 * turned into blind-index terms and matched against the stored ones, best matches first. Returns
 * pseudonymous ids only; reading who they are goes through `casePersonalData` and its audit.
 */
@Injectable()
export class SearchCasesQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute(command: CaseSearchCommand, actor: Viewer): Promise<CaseMatch[]> {
    const organisationId = caseWorkerOrganisation(actor);
    const query = {
      documentType: command.documentType ?? undefined,
      documentNumber: command.documentNumber ?? undefined,
      name: command.name ?? undefined,
    };
    return this.dataSource.transaction(async (manager) => {
      const { terms, minimumMatches } = await this.vault.queryTerms(manager, organisationId, query);
      if (terms.length === 0) return [];
      const rows: { case_id: string; matched: string; created_at: Date }[] = await manager.query(
        `SELECT term.case_id, count(*) AS matched, referral_case.created_at
           FROM case_search_term term
           JOIN referral_case ON referral_case.id = term.case_id
          WHERE term.organisation_id = $1 AND term.term = ANY($2)
          GROUP BY term.case_id, referral_case.created_at
         HAVING count(*) >= $3
          ORDER BY matched DESC, referral_case.created_at DESC, term.case_id
          LIMIT $4`,
        [organisationId, terms, Math.max(1, minimumMatches), command.limit],
      );
      return rows.map((row) => ({ caseId: row.case_id, matchedTerms: Number(row.matched), createdAt: row.created_at }));
    });
  }
}
