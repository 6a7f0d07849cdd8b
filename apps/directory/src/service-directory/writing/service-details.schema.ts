import { z } from 'zod';
import { POPULATION_GROUPS, SPECIFIC_NEEDS } from '@coordination/taxonomies';
import { WEEKDAYS } from '../shared/lima-time';
import { locationKey } from '../shared/location-key';
import { SERVICE_STATUSES } from '../shared/service-status';

const optionalText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max).nullish();

const timeOfDay = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be a time HH:MM between 00:00 and 24:00');

const days = WEEKDAYS.join('|');
const byday = z
  .string()
  .trim()
  .toUpperCase()
  .regex(new RegExp(`^(${days})(,(${days}))*$`), `must be comma-separated days among ${WEEKDAYS.join(',')}`);

export const scheduleSchema = z
  .object({
    byday: byday.nullish(),
    opensAt: timeOfDay,
    closesAt: timeOfDay,
    validFrom: z.iso.date().nullish(),
    validTo: z.iso.date().nullish(),
    description: optionalText(500),
  })
  .superRefine((schedule, context) => {
    if (schedule.closesAt <= schedule.opensAt) {
      context.addIssue({ code: 'custom', path: ['closesAt'], message: 'must be later than opensAt' });
    }
    if (schedule.validFrom && schedule.validTo && schedule.validTo < schedule.validFrom) {
      context.addIssue({ code: 'custom', path: ['validTo'], message: 'must not be before validFrom' });
    }
  });

export const PCODE_PATTERN = /^PE(\d{2}){1,3}$/;
export const pcodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(PCODE_PATTERN, 'must be a P-code such as PE24, PE2401 or PE240101');

/** Peru's extent, a little widened: catches swapped or sign-less coordinates. */
const PERU_LATITUDE = { min: -18.5, max: 0.1 };
const PERU_LONGITUDE = { min: -81.5, max: -68.5 };

export const locationSchema = z
  .object({
    id: z.uuid().nullish(),
    name: z.string().trim().min(2, 'must have at least 2 characters').max(200),
    alternateName: optionalText(200),
    description: optionalText(1000),
    address1: z.string().trim().min(3, 'must have at least 3 characters').max(200),
    address2: optionalText(200),
    postalCode: z
      .string()
      .trim()
      .regex(/^\d{5}$/, 'must be a five-digit Peruvian postal code')
      .nullish(),
    pcode: pcodeSchema,
    latitude: z
      .number()
      .min(PERU_LATITUDE.min, 'must lie in Peru (latitude -18.5 to 0.1)')
      .max(PERU_LATITUDE.max, 'must lie in Peru (latitude -18.5 to 0.1)')
      .nullish(),
    longitude: z
      .number()
      .min(PERU_LONGITUDE.min, 'must lie in Peru (longitude -81.5 to -68.5)')
      .max(PERU_LONGITUDE.max, 'must lie in Peru (longitude -81.5 to -68.5)')
      .nullish(),
    schedules: z.array(scheduleSchema).max(20).nullish(),
  })
  .superRefine((location, context) => {
    if ((location.latitude == null) !== (location.longitude == null)) {
      const missing = location.latitude == null ? 'latitude' : 'longitude';
      context.addIssue({ code: 'custom', path: [missing], message: 'latitude and longitude go together' });
    }
  });

const PHONE_TYPES = ['voice', 'text', 'cell', 'fax', 'video', 'pager', 'textphone'] as const;

export const phoneSchema = z.object({
  number: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ()-]{2,29}$/, 'must be a phone number: digits, spaces, ( ) - and an optional leading +'),
  type: z.enum(PHONE_TYPES).nullish(),
  description: optionalText(300),
});

export const contactSchema = z
  .object({
    name: optionalText(200),
    title: optionalText(200),
    department: optionalText(200),
    email: z.email().max(254).nullish(),
    phones: z.array(phoneSchema).max(5).nullish(),
  })
  .refine((contact) => contact.name || contact.title || contact.department, {
    message: 'needs a name, a title or a department',
    path: ['name'],
  });

export const sectorSchema = z.object({
  sector: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2,4}$/, 'must be a sector code such as PRO'),
  subSector: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2,4}$/, 'must be a sub-sector code such as GBV')
    .nullish(),
  planYear: z.number().int().min(2000).max(2100).nullish(),
});

const languageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code such as es');

/** Refuses a list naming the same thing twice, pointing at the repeat. */
function withoutRepeats<T>(key: (item: T) => string) {
  return (items: T[] | null | undefined, context: z.RefinementCtx) => {
    const seen = new Set<string>();
    items?.forEach((item, index) => {
      const itemKey = key(item);
      if (seen.has(itemKey)) context.addIssue({ code: 'custom', path: [index], message: 'is listed twice' });
      seen.add(itemKey);
    });
  };
}

/** Every field of a service; publishing requires the non-nullable ones, updating takes any subset. */
export const serviceDetailsFields = {
  name: z.string().trim().min(2, 'must have at least 2 characters').max(300),
  alternateName: optionalText(300),
  description: z.string().trim().min(10, 'must have at least 10 characters').max(4000),
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .max(500)
    .nullish(),
  email: z.email().max(254).nullish(),
  status: z.enum(SERVICE_STATUSES),
  interpretationServices: optionalText(1000),
  applicationProcess: optionalText(2000),
  feesDescription: optionalText(1000),
  eligibilityDescription: optionalText(2000),
  minimumAge: z.number().int().min(0).max(120).nullish(),
  maximumAge: z.number().int().min(0).max(120).nullish(),
  assuredDate: z.iso.date().nullish(),
  languages: z
    .array(languageCode)
    .min(1, 'must list at least one language')
    .max(20)
    .superRefine(withoutRepeats((code) => code)),
  sectors: z
    .array(sectorSchema)
    .min(1, 'must list at least one sector')
    .max(20)
    .superRefine(withoutRepeats((entry) => `${entry.planYear ?? ''}/${entry.sector}/${entry.subSector ?? ''}`)),
  populationGroups: z
    .array(z.enum(POPULATION_GROUPS))
    .max(POPULATION_GROUPS.length)
    .superRefine(withoutRepeats((group) => group))
    .nullish(),
  specificNeeds: z
    .array(z.enum(SPECIFIC_NEEDS))
    .max(SPECIFIC_NEEDS.length)
    .superRefine(withoutRepeats((need) => need))
    .nullish(),
  requiredDocuments: z.array(z.string().trim().min(2).max(500)).max(20).nullish(),
  // Bounded so the service's event summary (at most 200 P-codes) always fits.
  locations: z
    .array(locationSchema)
    .max(200)
    .superRefine(withoutRepeats((location) => location.id ?? locationKey(location)))
    .nullish(),
  schedules: z.array(scheduleSchema).max(20).nullish(),
  contacts: z.array(contactSchema).max(20).nullish(),
  phones: z.array(phoneSchema).max(10).nullish(),
};

export type ScheduleCommand = z.infer<typeof scheduleSchema>;
export type LocationCommand = z.infer<typeof locationSchema>;
export type ContactCommand = z.infer<typeof contactSchema>;
export type PhoneCommand = z.infer<typeof phoneSchema>;
export type SectorCommand = z.infer<typeof sectorSchema>;
