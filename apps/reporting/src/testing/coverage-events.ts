import { randomUUID } from 'node:crypto';
import {
  NeedsRoundPublishedV1,
  NeedsRoundSupersededV1,
  PeopleInNeedPublishedV1,
  ReportApprovedV1,
  ReportCreatedV1,
  ReportDeletedV1,
  ReportSubmittedV1,
  TargetSetV1,
  createCloudEvent,
  type ActivityReportSnapshot,
  type CloudEvent,
} from '@coordination/contracts';

const AT = '2025-04-02T15:00:00.000Z';

export interface ReportShape {
  organisationId: string;
  month: number;
  quantity: number;
  newBeneficiaries: number;
  indicatorCode?: string;
  sector?: string;
  countsPeople?: boolean;
  districtPcode?: string;
  populationGroup?: string;
  cells?: ActivityReportSnapshot['cells'];
}

/** A whole 4W report as the activities service puts it in its events (Lima, health, people in destination). */
export function reportSnapshot(shape: ReportShape, reportId = randomUUID(), version = 1): ActivityReportSnapshot {
  const district = shape.districtPcode ?? 'PE150101';
  const countsPeople = shape.countsPeople ?? true;
  const cells =
    shape.cells === undefined ? { girls: 0, boys: 0, women: shape.quantity, men: 0, unknown: 0 } : shape.cells;
  return {
    reportId,
    version,
    status: 'DRAFT',
    reportingOrganisationId: shape.organisationId,
    implementingOrganisationId: shape.organisationId,
    fundingOrganisationId: null,
    projectCode: null,
    sector: shape.sector ?? 'HEA',
    subSector: null,
    indicatorCode: shape.indicatorCode ?? 'HEA-01',
    unit: countsPeople ? 'PEOPLE' : 'CONSULTATIONS',
    countsPeople,
    aggregation: 'UNIQUE_CUMULATIVE',
    planYear: 2025,
    month: `2025-${String(shape.month).padStart(2, '0')}`,
    pcode: district,
    placeLevel: 'district',
    departmentPcode: district.slice(0, 4),
    provincePcode: district.slice(0, 6),
    districtPcode: district,
    siteName: null,
    populationGroup: shape.populationGroup ?? 'IN_DESTINATION',
    modality: 'SERVICE',
    quantity: shape.quantity,
    cells: countsPeople ? cells : null,
    newBeneficiaries: countsPeople ? shape.newBeneficiaries : null,
    disability: null,
    nationality: null,
    warningCodes: [],
  };
}

const ACTIVITIES = '/coordination/activities';

export function reportCreated(report: ActivityReportSnapshot): CloudEvent<ActivityReportSnapshot> {
  return createCloudEvent(ReportCreatedV1, {
    subject: report.reportId,
    source: ACTIVITIES,
    data: { ...report, status: 'DRAFT', createdAt: AT },
  });
}

export function reportSubmitted(report: ActivityReportSnapshot): CloudEvent<ActivityReportSnapshot> {
  return createCloudEvent(ReportSubmittedV1, {
    subject: report.reportId,
    source: ACTIVITIES,
    data: { ...report, status: 'SUBMITTED', submittedAt: AT },
  });
}

export function reportApproved(report: ActivityReportSnapshot): CloudEvent<ActivityReportSnapshot> {
  return createCloudEvent(ReportApprovedV1, {
    subject: report.reportId,
    source: ACTIVITIES,
    data: { ...report, status: 'APPROVED', approvedAt: AT },
  });
}

export function reportDeleted(report: ActivityReportSnapshot): CloudEvent<ActivityReportSnapshot> {
  return createCloudEvent(ReportDeletedV1, {
    subject: report.reportId,
    source: ACTIVITIES,
    data: { ...report, deletedAt: AT },
  });
}

export function targetSet(organisationId: string, pcode: string, quantity: number, indicatorCode = 'HEA-01') {
  const targetId = randomUUID();
  return createCloudEvent(TargetSetV1, {
    subject: targetId,
    source: ACTIVITIES,
    data: {
      targetId,
      organisationId,
      indicatorCode,
      sector: 'HEA',
      subSector: null,
      unit: 'PEOPLE',
      aggregation: 'UNIQUE_CUMULATIVE',
      planYear: 2025,
      pcode,
      placeLevel: pcode.length === 4 ? 'department' : pcode.length === 6 ? 'province' : 'district',
      departmentPcode: pcode.slice(0, 4),
      provincePcode: pcode.length >= 6 ? pcode.slice(0, 6) : null,
      districtPcode: pcode.length === 8 ? pcode : null,
      quantity,
      previousQuantity: null,
      version: 1,
      setAt: AT,
    },
  });
}

const NEEDS = '/coordination/needs';

export interface RoundShape {
  roundId: string;
  inForceFrom: string;
}

function roundFields(round: RoundShape) {
  return { roundId: round.roundId, analysisCode: 'GTRM-JNA', planYear: 2025, inForceFrom: round.inForceFrom };
}

/** People in need of one sector x department x population group; the cells split it over women and men. */
export function peopleInNeedPublished(round: RoundShape, pcode: string, peopleInNeed: number, sector = 'HEA') {
  const women = Math.floor(peopleInNeed / 2);
  return createCloudEvent(PeopleInNeedPublishedV1, {
    subject: round.roundId,
    source: NEEDS,
    data: {
      ...roundFields(round),
      cellId: randomUUID(),
      sector,
      pcode,
      placeLevel: pcode.length === 4 ? 'department' : 'province',
      departmentPcode: pcode.slice(0, 4),
      provincePcode: pcode.length === 6 ? pcode : null,
      populationGroup: 'IN_DESTINATION',
      peopleInNeed,
      cells: { girls: 0, boys: 0, women, men: peopleInNeed - women, unknown: 0 },
      affectedPopulation: null,
      baselinePopulation: null,
      publishedAt: AT,
    },
  });
}

export function roundPublished(round: RoundShape, supersedesRoundId: string | null, count: number) {
  return createCloudEvent(NeedsRoundPublishedV1, {
    subject: round.roundId,
    source: NEEDS,
    data: {
      ...roundFields(round),
      title: 'Joint needs analysis',
      supersedesRoundId,
      assessmentId: null,
      source: 'GTRM joint needs analysis',
      methodology: null,
      peopleInNeedCellCount: count,
      severityCount: 0,
      sectorTotals: [],
      publishedAt: AT,
    },
  });
}

export function roundSuperseded(round: RoundShape, by: RoundShape) {
  return createCloudEvent(NeedsRoundSupersededV1, {
    subject: round.roundId,
    source: NEEDS,
    data: {
      ...roundFields(round),
      assessmentId: null,
      supersededByRoundId: by.roundId,
      supersededFrom: by.inForceFrom,
      supersededAt: AT,
    },
  });
}
