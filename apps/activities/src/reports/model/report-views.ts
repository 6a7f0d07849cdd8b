import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisationReplicaEntity } from '@coordination/directory-replica';
import type { PartnerOrganisationModel } from '../../partner-organisations/partner-organisation.model';
import { placeName } from '../../shared/places';
import type { ActivityReportEntity } from '../activity-report.entity';
import { contentOf } from '../report-content';
import type { ReportRevisionEntity } from '../report-revision.entity';
import type { ActivityReportModel } from './activity-report.model';
import type { ReportRevisionModel } from './report-revision.model';

/**
 * Reports as the API shows them, with their organisations' names. A page's organisations are read
 * in one query, so a list costs the same whatever its length.
 */
@Injectable()
export class ReportViews {
  constructor(private readonly dataSource: DataSource) {}

  async one(report: ActivityReportEntity): Promise<ActivityReportModel> {
    const [model] = await this.many([report]);
    return model;
  }

  async many(reports: readonly ActivityReportEntity[]): Promise<ActivityReportModel[]> {
    const ids = new Set<string>();
    for (const report of reports) {
      ids.add(report.reportingOrganisationId).add(report.implementingOrganisationId);
      if (report.fundingOrganisationId) ids.add(report.fundingOrganisationId);
    }
    const organisations = await this.organisations([...ids]);
    const organisation = (id: string | null) => (id ? (organisations.get(id) ?? null) : null);
    return reports.map((report) => ({
      id: report.id,
      status: report.status,
      version: report.version,
      reportingOrganisationId: report.reportingOrganisationId,
      reportingOrganisation: organisation(report.reportingOrganisationId),
      implementingOrganisationId: report.implementingOrganisationId,
      implementingOrganisation: organisation(report.implementingOrganisationId),
      fundingOrganisationId: report.fundingOrganisationId,
      fundingOrganisation: organisation(report.fundingOrganisationId),
      projectCode: report.projectCode,
      sector: report.sector,
      subSector: report.subSector,
      indicatorCode: report.indicatorCode,
      planYear: report.planYear,
      month: report.month,
      pcode: report.pcode,
      placeName: placeName(report.pcode),
      placeLevel: report.placeLevel,
      departmentPcode: report.departmentPcode,
      provincePcode: report.provincePcode,
      siteName: report.siteName,
      populationGroup: report.populationGroup,
      modality: report.modality,
      quantity: report.quantity,
      cells: contentOf(report).cells,
      newBeneficiaries: report.newBeneficiaries,
      disability: report.disability,
      nationality: report.nationality,
      warnings: report.warnings,
      returnComment: report.returnComment,
      createdAt: report.createdAt,
      updatedAt: report.updatedAt,
      submittedAt: report.submittedAt,
      reviewedAt: report.reviewedAt,
      deletedAt: report.deletedAt,
    }));
  }

  private async organisations(ids: string[]): Promise<Map<string, PartnerOrganisationModel>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.manager.find(OrganisationReplicaEntity, {
      select: { id: true, name: true, acronym: true, type: true },
      where: ids.map((id) => ({ id })),
    });
    return new Map(rows.map(({ id, name, acronym, type }) => [id, { id, name, acronym, type }]));
  }
}

export function toRevisionModel(revision: ReportRevisionEntity): ReportRevisionModel {
  return {
    revision: revision.revision,
    action: revision.action,
    at: revision.at,
    actorUserId: revision.actorUserId,
    actorOrganisationId: revision.actorOrganisationId,
    changes: revision.changes.map((change) => ({
      field: change.field,
      from: JSON.stringify(change.from ?? null),
      to: JSON.stringify(change.to ?? null),
    })),
    comment: revision.comment,
  };
}
