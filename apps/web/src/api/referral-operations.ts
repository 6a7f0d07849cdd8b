// The GraphQL documents of the referral pages (the referrals subgraph through the gateway).

const REFERRAL_FIELDS = `id caseId sendingOrganisationId receivingOrganisationId sector subSector reason priority
  placePcode status overdue sentAt dueAt rejectionReason outcome feedback version`;

export const INCOMING_REFERRALS = `query Incoming($page: PageArgs) {
  incomingReferrals(page: $page) { nodes { ${REFERRAL_FIELDS} } }
}`;
export const OUTGOING_REFERRALS = `query Outgoing($page: PageArgs) {
  outgoingReferrals(page: $page) { nodes { ${REFERRAL_FIELDS} } }
}`;
export const ORGANISATION_NAME = `query OrganisationName($id: ID!) { organisation(id: $id) { id name } }`;
export const REFERRAL_RECEIVERS = `query Receivers($filter: ReceiversFilterInput!) {
  referralReceivers(filter: $filter, page: { first: 50 }) {
    nodes { serviceId organisationId organisationName serviceName sectorCodes locationPcodes languages }
  }
}`;
export const REGISTER_CASE = `mutation RegisterCase($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`;
export const RECORD_CONSENT = `mutation RecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
export const SEND_REFERRAL = `mutation Send($input: SendReferralInput!) { sendReferral(input: $input) { id status } }`;
export const ACCEPT_REFERRAL = `mutation Accept($input: AcceptReferralInput!) { acceptReferral(input: $input) { id status } }`;
export const REJECT_REFERRAL = `mutation Reject($input: RejectReferralInput!) { rejectReferral(input: $input) { id status } }`;
export const COMPLETE_REFERRAL = `mutation Complete($input: CompleteReferralInput!) { completeReferral(input: $input) { id status } }`;
export const WITHDRAW_REFERRAL = `mutation Withdraw($input: WithdrawReferralInput!) { withdrawReferral(input: $input) { id status } }`;

export const REFERRAL_ACTIVITY = `subscription ReferralActivity { referralActivity { referralId step } }`;

export interface ReferralView {
  id: string;
  caseId: string;
  sendingOrganisationId: string;
  receivingOrganisationId: string;
  sector: string;
  subSector: string | null;
  reason: string | null;
  priority: 'EMERGENCY' | 'URGENT' | 'STANDARD';
  placePcode: string;
  status: 'SENT' | 'ACCEPTED' | 'REJECTED' | 'WITHDRAWN' | 'FORWARDED' | 'COMPLETED';
  overdue: boolean;
  sentAt: string;
  dueAt: string;
  rejectionReason: string | null;
  outcome: string | null;
  feedback: string | null;
  version: number;
}

export interface ReferralReceiverView {
  serviceId: string;
  organisationId: string;
  organisationName: string | null;
  serviceName: string;
  sectorCodes: string[];
  locationPcodes: string[];
  languages: string[];
}
