// The GraphQL documents the web app sends, in one place so the e2e tests and reviewers see the
// whole surface it depends on.

export const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken refreshToken expiresIn } }`;
export const REFRESH_SESSION = `mutation Refresh($input: RefreshSessionInput!) {
  refreshSession(input: $input) { accessToken refreshToken expiresIn }
}`;
export const LOGOUT = `mutation Logout($input: LogoutInput!) { logout(input: $input) }`;
export const ME = `query Me { me { email displayName roles grants { role sector regionPcode } organisation { id name } } }`;

export const SECTORS = `query Sectors($planYear: Int!) { sectors(planYear: $planYear) { code names { es en } } }`;
export const ADMIN_UNITS = `query Units($level: String!) { adminUnits(level: $level) { pcode name nameAscii level parentPcode } }`;
export const INDICATORS = `query Indicators($planYear: Int!, $sector: String) {
  indicators(planYear: $planYear, sector: $sector) {
    code sector subSector name { es en } countsPeople requiresSexAgeDisaggregation modalities
  }
}`;

const REPORT_FIELDS = `id status version sector indicatorCode month pcode placeName populationGroup modality quantity
  newBeneficiaries cells { girls boys women men unknown } returnComment
  warnings { code message }
  reportingOrganisation { id name }`;

export const ACTIVITY_REPORTS = `query Reports($filter: ActivityReportFilterInput, $page: PageArgs) {
  activityReports(filter: $filter, page: $page) {
    totalCount nodes { ${REPORT_FIELDS} } pageInfo { hasNextPage endCursor }
  }
}`;
export const ACTIVITY_REPORT = `query Report($id: ID!) { activityReport(id: $id) { ${REPORT_FIELDS} } }`;
export const CREATE_REPORT = `mutation Create($input: CreateActivityReportInput!) { createActivityReport(input: $input) { ${REPORT_FIELDS} } }`;
export const UPDATE_REPORT = `mutation Update($input: UpdateActivityReportInput!) { updateActivityReport(input: $input) { ${REPORT_FIELDS} } }`;
export const SUBMIT_REPORT = `mutation Submit($input: SubmitActivityReportInput!) { submitActivityReport(input: $input) { id status version } }`;
export const APPROVE_REPORT = `mutation Approve($input: ApproveActivityReportInput!) { approveActivityReport(input: $input) { id status version } }`;
export const RETURN_REPORT = `mutation Return($input: ReturnActivityReportInput!) { returnActivityReport(input: $input) { id status version } }`;

export const START_IMPORT = `mutation StartImport($input: StartActivityImportInput!) {
  startActivityImport(input: $input) { id status }
}`;
export const IMPORT_JOB = `query ImportJob($id: ID!) {
  importJob(id: $id) {
    id status dryRun rowsTotal rowsProcessed reportsCreated errorCount warningCount failureCode
    problems { row column field code severity message }
  }
}`;
export const IMPORT_JOB_PROGRESS = `subscription Progress($jobId: ID!) {
  importJobProgress(jobId: $jobId) { milestone status rowsTotal rowsProcessed errorCount warningCount reportsCreated reasonCode }
}`;

export const PLAN_YEARS = `query PlanYears { planYears }`;
export const COVERAGE = `query Coverage($filter: CoverageFilterInput!) {
  coverage(filter: $filter) {
    pcode name level sector peopleInNeed targeted reachedMonthly reachedConsolidated consolidatedIsUpperBound
    gap coveragePercent partnersPresent
  }
}`;
export const COVERAGE_CHANGED = `subscription CoverageChanged($sector: String) {
  coverageChanged(sector: $sector) { planYear month sector pcode cause }
}`;
export const TOP_GAPS = `query TopGaps($filter: CoverageFilterInput!) {
  topGaps(filter: $filter, first: 10) { pcode name peopleInNeed reachedConsolidated gap coveragePercent partnersPresent }
}`;
export const PARTNER_PRESENCE = `query Presence($filter: CoverageFilterInput!) {
  coveragePartnerPresence(filter: $filter) { pcode name organisationId organisationName months }
}`;
