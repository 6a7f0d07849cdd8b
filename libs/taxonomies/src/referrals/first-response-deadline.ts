import { FIRST_RESPONSE_HOURS, type ReferralPriority } from './referral-priorities';

const MILLISECONDS_PER_HOUR = 60 * 60 * 1000;

function requireValidDate(date: Date, name: string): number {
  const time = date.getTime();
  if (Number.isNaN(time)) {
    throw new RangeError(`${name} is not a valid date`);
  }
  return time;
}

/** When the first response to a referral sent at `sentAt` is due: an exact instant, computed in UTC milliseconds. */
export function firstResponseDueAt(sentAt: Date, priority: ReferralPriority): Date {
  const hours = FIRST_RESPONSE_HOURS[priority];
  if (hours === undefined) {
    throw new RangeError(`Unknown referral priority ${String(priority)}`);
  }
  return new Date(requireValidDate(sentAt, 'sentAt') + hours * MILLISECONDS_PER_HOUR);
}

/**
 * Whether the referral missed its first-response deadline as seen at `now`: not answered by `now` with
 * `now` past the due time, or answered after the due time (a late answer stays late, which is what
 * response-time reporting needs). Answering exactly at the due time is on time. A `respondedAt` later
 * than `now` is ignored, so the question can be asked about a past moment.
 */
export function isOverdue(sentAt: Date, priority: ReferralPriority, now: Date, respondedAt?: Date | null): boolean {
  const dueAt = firstResponseDueAt(sentAt, priority).getTime();
  const nowTime = requireValidDate(now, 'now');
  const respondedTime = respondedAt ? requireValidDate(respondedAt, 'respondedAt') : undefined;
  const answeredBy = respondedTime !== undefined && respondedTime <= nowTime ? respondedTime : nowTime;
  return answeredBy > dueAt;
}
