import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { isCaseWorker } from '../shared/referral-roles';
import { toCaseModel, type ReferralCaseModel } from './case.model';
import { ReferralCaseEntity } from './referral-case.entity';

/** A case's metadata, for its organisation and for organisations it was referred to. */
@Injectable()
export class CaseReader {
  constructor(private readonly dataSource: DataSource) {}

  async visibleCase(id: string, viewer: Viewer): Promise<ReferralCaseModel | null> {
    if (!isCaseWorker(viewer)) return null;
    const found = await this.dataSource.manager.findOneBy(ReferralCaseEntity, { id });
    if (!found) return null;
    if (found.organisationId === viewer.organisationId) return toCaseModel(found);
    const [referred] = await this.dataSource.query(
      `SELECT 1 FROM referral WHERE case_id = $1 AND receiving_organisation_id = $2 LIMIT 1`,
      [id, viewer.organisationId],
    );
    return referred ? toCaseModel(found) : null;
  }
}
