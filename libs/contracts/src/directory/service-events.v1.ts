import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { TopicNames } from '../topics/topic-names';
import { pcodeSchema } from './organisation-profile.schema';
import { sectorCodeSchema } from './user-events.v1';

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

/** The parts of an HSDS service other services need: who offers it, what, where, for whom. */
const serviceSummaryFields = {
  serviceId: z.uuid(),
  organisationId: z.uuid(),
  name: z.string().min(1).max(300),
  status: z.enum(SERVICE_STATUSES),
  sectors: z.array(z.object({ sector: sectorCodeSchema, subSector: sectorCodeSchema.nullable() })).max(20),
  locationPcodes: z.array(pcodeSchema).max(200),
  languages: z.array(z.string().min(2).max(12)).max(20),
  /** Population groups served (IN_TRANSIT...); optional because events published before it lack it. */
  populationGroups: z
    .array(z.string().regex(/^[A-Z][A-Z_]{1,39}$/))
    .max(20)
    .optional(),
};

export const servicePublishedV1DataSchema = z.object({
  ...serviceSummaryFields,
  publishedAt: z.iso.datetime({ offset: true }),
});

export const ServicePublishedV1 = defineEvent({
  type: 'org.coordination.directory.service.published.v1',
  topic: TopicNames.directoryService,
  aggregate: 'service',
  version: 1,
  description: 'A service was published in the service directory (Open Referral HSDS).',
  schema: servicePublishedV1DataSchema,
});

export const serviceChangedV1DataSchema = z.object({
  ...serviceSummaryFields,
  changedAt: z.iso.datetime({ offset: true }),
});

export const ServiceChangedV1 = defineEvent({
  type: 'org.coordination.directory.service.changed.v1',
  topic: TopicNames.directoryService,
  aggregate: 'service',
  version: 1,
  description:
    'A published service changed (status, locations, sectors...); carries the whole summary after the change.',
  schema: serviceChangedV1DataSchema,
});
