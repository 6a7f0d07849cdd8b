import type { LocalizedText } from '../localized-text';

/** How fast a referral needs a first response from the receiving partner, most urgent first. */
export const REFERRAL_PRIORITIES = ['EMERGENCY', 'URGENT', 'STANDARD'] as const;

export type ReferralPriority = (typeof REFERRAL_PRIORITIES)[number];

export const REFERRAL_PRIORITY_LABELS: Readonly<Record<ReferralPriority, LocalizedText>> = {
  EMERGENCY: { es: 'Emergencia (24 horas)', en: 'Emergency (24 hours)' },
  URGENT: { es: 'Urgente (72 horas)', en: 'Urgent (72 hours)' },
  STANDARD: { es: 'Estándar (14 días)', en: 'Standard (14 days)' },
};

/**
 * Hours from sending to the expected first response. Elapsed hours, not calendar days: 14 days is
 * 336 hours whatever the time zone or a daylight-saving change, and weekends count.
 */
export const FIRST_RESPONSE_HOURS: Readonly<Record<ReferralPriority, number>> = {
  EMERGENCY: 24,
  URGENT: 72,
  STANDARD: 14 * 24,
};
